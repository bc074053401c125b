package id.naikkelas.export.market;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.Products;
import id.naikkelas.catalogue.inquiry.Inquiries;
import id.naikkelas.catalogue.inquiry.InquiryRequest;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A catalogue deal with a buyer abroad becomes a shipment draft; one at home does not. */
@IntegrationTest
class ShipmentDraftTest {

  static final Actor OFFICER = new Actor(0, "test", "test", Role.OFFICER, "35.24");

  @Autowired Registry registry;
  @Autowired Products products;
  @Autowired Inquiries inquiries;
  @Autowired ShipmentDrafts drafts;
  @Autowired AccountFixture accounts;
  @Autowired MockMvc mvc;

  @Test
  void a_deal_with_a_buyer_abroad_is_a_draft_to_record_or_dismiss() throws Exception {
    long business =
        registry
            .register(OFFICER, BusinessDraftFixture.draft("35.24.09.2001"), BusinessSource.FORM)
            .id();
    registry.verify(OFFICER, business);
    long product =
        products.create(
            OFFICER,
            new ProductDraft(
                business,
                "Sarung Tenun Ikat Parengan",
                null,
                Category.FOOD_DRINK,
                new BigDecimal("350000"),
                null,
                "lembar",
                1,
                null,
                List.of()));
    products.publish(OFFICER, product);
    long abroad = deal(product, "jp", "Kyoto Textile Co.", "1500", "USD");
    deal(product, "ID", "Toko Surabaya", "2000000", "IDR");
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(drafts.forExporter(OFFICER, business)).hasSize(1));
    ShipmentDraftView d = drafts.forExporter(OFFICER, business).get(0);
    assertThat(d.inquiryId()).isEqualTo(abroad);
    assertThat(d.country()).isEqualTo("JP");
    assertThat(d.countryName()).isEqualTo("Jepang");
    assertThat(d.buyerName()).isEqualTo("Kyoto Textile Co.");
    assertThat(d.productId()).isEqualTo(product);
    assertThat(d.commodity()).isEqualTo("Sarung Tenun Ikat Parengan");
    assertThat(d.value()).isEqualByComparingTo("1500");
    assertThat(d.currency()).isEqualTo("USD");
    assertThat(d.state()).isEqualTo(DraftState.OPEN);

    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    mvc.perform(
            get("/api/v1/exporters/" + business + "/shipment-drafts")
                .header("Authorization", bearer(officer)))
        .andExpect(jsonPath("$[0].id").value(d.id()));
    mvc.perform(get("/api/v1/shipment-drafts/" + d.id()).header("Authorization", bearer(lumajang)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/shipment-drafts/" + d.id() + "/dismiss")
                .header("Authorization", bearer(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("DISMISSED"));
    mvc.perform(
            post("/api/v1/shipment-drafts/" + d.id() + "/dismiss")
                .header("Authorization", bearer(officer)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("DISMISSED"));
    assertThat(drafts.forExporter(OFFICER, business)).isEmpty();
  }

  long deal(long product, String country, String organisation, String value, String currency) {
    String address = "10.77." + ThreadLocalRandom.current().nextInt(255) + ".9";
    long id =
        inquiries
            .ask(
                new InquiryRequest(
                    product,
                    null,
                    "Pembeli",
                    organisation,
                    country,
                    "buyer@example.com",
                    "200 lembar",
                    "Berapa harga untuk 200 lembar?",
                    null,
                    null),
                address)
            .id();
    inquiries.recordDeal(OFFICER, id, new BigDecimal(value), currency);
    return id;
  }
}
