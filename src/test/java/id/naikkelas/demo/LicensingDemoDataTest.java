package id.naikkelas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.Products;
import id.naikkelas.licensing.ExpiringPermit;
import id.naikkelas.licensing.LicenceKind;
import id.naikkelas.licensing.LicensingActions;
import id.naikkelas.licensing.LicensingAssignments;
import id.naikkelas.licensing.LicensingDemoRecords;
import id.naikkelas.licensing.LicensingExpiry;
import id.naikkelas.licensing.LicensingProgrammes;
import id.naikkelas.licensing.LicensingRequests;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's licensing requests are made through the licensing services, at their stages. */
@IntegrationTest
class LicensingDemoDataTest {

  @Autowired Registry registry;
  @Autowired Products products;
  @Autowired LicensingRequests requests;
  @Autowired LicensingActions actions;
  @Autowired LicensingProgrammes programmes;
  @Autowired LicensingDemoRecords licensingDemo;
  @Autowired LicensingAssignments assignments;
  @Autowired LicensingExpiry expiry;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;

  private static final Actor OFFICER = new Actor(0, "t", "t", Role.OFFICER, "35.24");

  @Test
  void the_named_businesses_are_at_their_stages_and_a_pirt_ends_within_six_months() {
    // the named businesses of the registry demo, each with a published product
    for (String[] named :
        new String[][] {
          {"Koko Nono", "35.24.22.1012"},
          {"Sby corp.", "35.24.22.1013"},
          {"Tas by Soe Art", "35.24.22.1014"}
        }) {
      long b =
          registry
              .register(
                  OFFICER,
                  BusinessDraftFixture.draft(
                      named[1], BusinessDraftFixture.nik(named[1]), named[0]),
                  BusinessSource.FORM)
              .id();
      registry.verify(OFFICER, b);
      long p =
          products.create(
              OFFICER,
              new ProductDraft(
                  b,
                  "Produk " + named[0],
                  null,
                  Category.FOOD_DRINK,
                  new BigDecimal("15000"),
                  null,
                  "bungkus",
                  1,
                  null,
                  List.of()));
      products.publish(OFFICER, p);
    }
    new LicensingDemo(
            registry, products, requests, actions, programmes, licensingDemo, assignments, clock)
        .run(null);

    List<String> states =
        jdbc.sql(
                "select kind || ':' || status || ':' || stage from licensing_request where demo"
                    + " order by id")
            .query(String.class)
            .list();
    assertThat(states)
        .contains(
            "PIRT:ISSUED:ISSUED",
            "HALAL:IN_PROGRESS:SITE_VERIFIED",
            "TRADEMARK:IN_PROGRESS:FORMALITY");
    assertThat(
            jdbc.sql("select places_taken from licensing_programme where demo")
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    List<ExpiringPermit> ending = expiry.expiring(OFFICER, Period.ofMonths(6));
    assertThat(ending).anyMatch(p -> p.kind() == LicenceKind.PIRT && p.renewable());
    assertThat(
            jdbc.sql(
                    "select count(*) from business where name = 'Koko Nono' and pirt_number like '2063524%'")
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(licensingDemo.present()).isTrue();
  }
}
