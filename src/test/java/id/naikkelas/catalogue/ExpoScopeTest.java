package id.naikkelas.catalogue;

import static id.naikkelas.catalogue.MarketFixture.body;
import static id.naikkelas.catalogue.MarketFixture.withoutNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.curation.Curation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, finding 5: an expo belongs to the region scope of its organiser; only officers covering
 * it manage it and its booths, every booth change is audited, and the expo's curation round decides
 * who gets a booth.
 */
@IntegrationTest
class ExpoScopeTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired MarketFixture market;
  @Autowired Curation curation;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  String lamongan;
  String lumajang;
  String sukodadi;

  @BeforeEach
  void officers() {
    lamongan = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    sukodadi = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
  }

  @Test
  void an_officer_outside_the_expos_scope_neither_adds_nor_removes_a_booth_nor_reads_the_report()
      throws Exception {
    long expo = expo(lamongan, null);
    long lamonganBusiness = market.business("35.24.17.2007");
    market.product(lamonganBusiness, "Keripik Tempe Expo");
    long lumajangBusiness = market.business("35.08.01.2001");
    market
        .post(lamongan, "/api/v1/expos/" + expo + "/booths", Map.of("businessId", lamonganBusiness))
        .andExpect(status().isCreated());
    long audited = auditLines(expo);

    String unknownExpo =
        body(
            market
                .post(lumajang, "/api/v1/expos/987654321/booths", Map.of("businessId", 1))
                .andExpect(status().isNotFound()));
    String outOfScope =
        body(
            market
                .post(
                    lumajang,
                    "/api/v1/expos/" + expo + "/booths",
                    Map.of("businessId", lumajangBusiness))
                .andExpect(status().isNotFound()));
    assertThat(withoutNumbers(outOfScope)).isEqualTo(withoutNumbers(unknownExpo));
    market
        .delete(lumajang, "/api/v1/expos/" + expo + "/booths/" + lamonganBusiness)
        .andExpect(status().isNotFound());
    market.get(lumajang, "/api/v1/expos/" + expo + "/report").andExpect(status().isNotFound());
    // a district officer does not cover the regency's expo either
    market
        .delete(sukodadi, "/api/v1/expos/" + expo + "/booths/" + lamonganBusiness)
        .andExpect(status().isNotFound());
    var asLumajang = authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.08")));
    mvc.perform(
            post("/pasar/expo/" + expo + "/stan")
                .param("businessId", String.valueOf(lumajangBusiness))
                .with(asLumajang)
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/pasar/expo/" + expo + "/stan/" + lamonganBusiness + "/hapus")
                .with(asLumajang)
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/pasar/expo/" + expo).with(asLumajang)).andExpect(status().isNotFound());
    assertThat(
            mvc.perform(get("/pasar").with(asLumajang))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("/pasar/expo/" + expo + "\"");

    assertThat(booths(expo)).containsExactly(lamonganBusiness);
    assertThat(auditLines(expo)).isEqualTo(audited);
    // the public pages stay public
    mvc.perform(get("/api/v1/public/expos/" + expo))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.booths[0].businessId").value(lamonganBusiness));
    mvc.perform(get("/expo/" + expo)).andExpect(status().isOk());
  }

  @Test
  void booth_changes_appear_in_the_audit_trail_under_the_business_village() throws Exception {
    long expo = expo(lamongan, null);
    long business = market.business("35.24.17.2007");
    market.product(business, "Sambal Bawang Expo");
    market
        .post(lamongan, "/api/v1/expos/" + expo + "/booths", Map.of("businessId", business))
        .andExpect(status().isCreated());
    market
        .delete(lamongan, "/api/v1/expos/" + expo + "/booths/" + business)
        .andExpect(status().isNoContent());
    market
        .delete(lamongan, "/api/v1/expos/" + expo + "/booths/" + business)
        .andExpect(status().isNotFound());

    List<Map<String, Object>> lines =
        jdbc.sql(
                "select action, region_code, before_values ->> 'expoId' as before,"
                    + " after_values ->> 'businessId' as after from audit_entry"
                    + " where entity_type = 'expo-booth' and entity_id = ? order by id")
            .param(expo + ":" + business)
            .query()
            .listOfRows();
    assertThat(lines).extracting(l -> l.get("action")).containsExactly("CREATE", "DELETE");
    assertThat(lines).extracting(l -> l.get("region_code")).containsOnly("35.24.17.2007");
    assertThat(lines.get(0).get("after")).isEqualTo(String.valueOf(business));
    assertThat(lines.get(1).get("before")).isEqualTo(String.valueOf(expo));
    assertThat(booths(expo)).isEmpty();
  }

  @Test
  void with_a_curation_round_only_a_business_with_a_passed_product_gets_a_booth_showing_only_it()
      throws Exception {
    long round =
        curation.open(
            MarketFixture.ROOT,
            new Curation.CurationRoundRequest(
                "Kurasi Expo " + System.nanoTime(), null, null, null));
    long expo = expo(lamongan, round);
    long uncurated = market.business("35.24.17.2007");
    market.product(uncurated, "Kerupuk Tanpa Kurasi");
    long failed = market.business("35.24.17.2007");
    long failedProduct = market.product(failed, "Kerupuk Gagal Kurasi");
    market.score(curation.submit(MarketFixture.ROOT, round, failedProduct), 3, "Kurang");
    long curated = market.business("35.24.17.2007");
    long passedProduct = market.product(curated, "Kerupuk Lolos Kurasi");
    market.product(curated, "Kerupuk Belum Diajukan");
    market.score(curation.submit(MarketFixture.ROOT, round, passedProduct), 9, "Bagus");

    for (long business : List.of(uncurated, failed)) {
      market
          .post(lamongan, "/api/v1/expos/" + expo + "/booths", Map.of("businessId", business))
          .andExpect(status().isUnprocessableContent())
          .andExpect(jsonPath("$.errors[0].field").value("businessId"));
    }
    assertThat(booths(expo)).isEmpty();
    assertThat(auditLines(expo)).isZero();
    market
        .post(lamongan, "/api/v1/expos/" + expo + "/booths", Map.of("businessId", curated))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/v1/public/expos/" + expo))
        .andExpect(jsonPath("$.booths.length()").value(1))
        .andExpect(jsonPath("$.booths[0].products.length()").value(1))
        .andExpect(jsonPath("$.booths[0].products[0].id").value(passedProduct));
  }

  @Test
  void an_expo_takes_no_curation_round_from_outside_its_officers_scope() throws Exception {
    long lamonganRound =
        curation.open(
            new id.naikkelas.access.Actor(0, "test", "test", Role.OFFICER, "35.24"),
            new Curation.CurationRoundRequest(
                "Kurasi Lamongan " + System.nanoTime(), null, null, null));
    String title = "Pameran Lumajang " + System.nanoTime();
    market
        .post(
            lumajang,
            "/api/v1/expos",
            Map.of("title", title, "startsOn", "2026-12-01", "curationRoundId", lamonganRound))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("curationRoundId"));
    assertThat(
            jdbc.sql("select count(*) from expo where title = ?")
                .param(title)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void a_booth_placed_outside_the_expos_scope_before_the_fix_is_not_shown_nor_counted_and_can_go()
      throws Exception {
    long expo = expo(lamongan, null);
    long intruder = market.business("35.08.01.2001");
    long intruderProduct = market.product(intruder, "Produk Penyusup");
    // what the old code let a Lumajang officer store
    jdbc.sql(
            "insert into expo_booth (expo_id, business_id, business_name, village_code)"
                + " values (?, ?, 'Penyusup', '35.08.01.2001')")
        .params(expo, intruder)
        .update();
    mvc.perform(get("/api/v1/public/expos/" + expo)).andExpect(jsonPath("$.booths").isEmpty());
    mvc.perform(get("/expo/" + expo + "/stan/" + intruder)).andExpect(status().isNotFound());
    market
        .get(lamongan, "/api/v1/expos/" + expo + "/report")
        .andExpect(jsonPath("$.booths").value(0));
    long inquiries = jdbc.sql("select count(*) from inquiry").query(Long.class).single();
    mvc.perform(
            post("/api/v1/inquiries")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    json.writeValueAsString(
                        Map.of(
                            "productId", intruderProduct,
                            "buyerName", "Pembeli",
                            "contact", "pembeli@contoh.id",
                            "message", "Harga?",
                            "expoId", expo)))
                .with(
                    r -> {
                      r.setRemoteAddr("10.61.0." + (System.nanoTime() % 200));
                      return r;
                    }))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("expoId"));
    assertThat(jdbc.sql("select count(*) from inquiry").query(Long.class).single())
        .isEqualTo(inquiries);
    var asLamongan = authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24")));
    mvc.perform(
            post("/pasar/expo/" + expo + "/stan/" + intruder + "/hapus")
                .with(asLamongan)
                .with(csrf()))
        .andExpect(flash().attributeExists("done"));
    assertThat(booths(expo)).isEmpty();
  }

  private long expo(String token, Long round) throws Exception {
    Map<String, Object> draft =
        round == null
            ? Map.of("title", "Pameran Virtual Lamongan", "startsOn", "2026-12-01")
            : Map.of(
                "title",
                "Pameran Virtual Lamongan",
                "startsOn",
                "2026-12-01",
                "curationRoundId",
                round);
    return market.id(market.post(token, "/api/v1/expos", draft));
  }

  private List<Long> booths(long expo) {
    return jdbc.sql("select business_id from expo_booth where expo_id = ? order by business_id")
        .param(expo)
        .query(Long.class)
        .list();
  }

  private long auditLines(long expo) {
    return jdbc.sql(
            "select count(*) from audit_entry where entity_type = 'expo-booth' and entity_id like ?")
        .param(expo + ":%")
        .query(Long.class)
        .single();
  }
}
