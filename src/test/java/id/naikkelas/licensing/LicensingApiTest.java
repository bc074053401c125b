package id.naikkelas.licensing;

import static id.naikkelas.licensing.LicensingFixture.SUKODADI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The licensing API on PostgreSQL: a P-IRT through its stages, and every refusal on the way. */
@IntegrationTest
class LicensingApiTest {

  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

  @Autowired LicensingFixture fx;
  @Autowired JdbcClient jdbc;

  private static Map<String, Object> stage(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("completedOn", TODAY);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  @Test
  void a_pirt_goes_through_its_stages_in_order_and_is_issued() throws Exception {
    String officer = fx.officer("35.24");
    long business = fx.business(SUKODADI);
    long product = fx.product(officer, business, "Keripik Pisang");
    String path =
        "/api/v1/licensing-requests/"
            + fx.id(
                fx.call(
                        post("/api/v1/licensing-requests"),
                        officer,
                        Map.of(
                            "businessId", business, "kind", "PIRT", "productIds", List.of(product)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                    .andExpect(jsonPath("$.stage").value("DOCUMENTS_CHECKED"))
                    .andExpect(jsonPath("$.nextStage").value("DOCUMENTS_CHECKED"))
                    .andExpect(jsonPath("$.pipeline[4]").value("ISSUED")));

    fx.call(post(path + "/stages/SITE_INSPECTION"), officer, stage("result", "PASS"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("DOCUMENTS_CHECKED"));
    fx.call(post(path + "/stages/DOCUMENTS_CHECKED"), officer, stage())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.request.nextStage").value("PKP_TRAINING"));
    fx.call(post(path + "/stages/PKP_TRAINING"), officer, stage())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reference"));
    fx.call(post(path + "/stages/PKP_TRAINING"), officer, stage("reference", "PKP-2026-17"))
        .andExpect(status().isOk());
    fx.call(post(path + "/stages/SITE_INSPECTION"), officer, stage("result", "MAYBE"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("result"));
    fx.call(post(path + "/stages/SITE_INSPECTION"), officer, stage("result", "PASS"))
        .andExpect(status().isOk());
    fx.call(post(path + "/stages/OSS_SUBMITTED"), officer, stage("reference", "OSS-77"))
        .andExpect(status().isOk());

    String expiry = LocalDate.parse(TODAY).plusYears(5).toString();
    String yy = expiry.substring(2, 4);
    fx.call(
            post(path + "/stages/ISSUED"),
            officer,
            stage("number", "20635240101233", "issuedOn", TODAY, "expiresOn", expiry))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("number"));
    fx.call(post(path), officer, null).andExpect(status().isMethodNotAllowed());
    fx.call(get(path), officer, null)
        .andExpect(jsonPath("$.stage").value("ISSUED"))
        .andExpect(jsonPath("$.number").doesNotExist());

    fx.call(
            post(path + "/stages/ISSUED"),
            officer,
            stage(
                "number", "P-IRT No. 2063508010123-" + yy, "issuedOn", TODAY, "expiresOn", expiry))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.request.status").value("ISSUED"))
        .andExpect(jsonPath("$.request.number").value("2063508010123" + yy))
        .andExpect(jsonPath("$.request.nextStage").doesNotExist())
        .andExpect(jsonPath("$.warnings[0].field").value("number"));
    fx.call(post(path + "/withdraw"), officer, null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("ISSUED"));

    // the registry records the permit; the product's badge follows through the catalogue's copy
    fx.call(get("/api/v1/businesses/" + business), officer, null)
        .andExpect(jsonPath("$.pirtNumber").value("2063508010123" + yy));

    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'licensing-request'"
                        + " and entity_id = ?")
                .param(path.substring(path.lastIndexOf('/') + 1))
                .query(Long.class)
                .single())
        .isEqualTo(6);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'business'"
                        + " and entity_id = ? and after_values ->> 'pirtNumber' = ?"
                        + " and before_values ->> 'pirtNumber' <> ?")
                .param(String.valueOf(business))
                .param("2063508010123" + yy)
                .param("2063508010123" + yy)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void an_issued_halal_certificate_reaches_the_business_and_its_products_badge() throws Exception {
    String officer = fx.officer("35.24");
    long business = fx.business(SUKODADI);
    long product = fx.product(officer, business, "Abon Lele");
    fx.call(get("/api/v1/products/" + product), officer, null)
        .andExpect(jsonPath("$.badges", org.hamcrest.Matchers.not(hasItem("HALAL"))));
    String path =
        "/api/v1/licensing-requests/"
            + fx.id(
                fx.call(
                    post("/api/v1/licensing-requests"),
                    officer,
                    Map.of(
                        "businessId", business, "kind", "HALAL", "productIds", List.of(product))));
    fx.call(post(path + "/stages/DOCUMENTS_CHECKED"), officer, stage());
    fx.call(post(path + "/stages/COMPANION_ASSIGNED"), officer, stage("companion", "Siti Aminah"));
    fx.call(post(path + "/stages/SITE_VERIFIED"), officer, stage());
    fx.call(post(path + "/stages/FATWA_COMMITTEE"), officer, stage());
    fx.call(
            post(path + "/stages/ISSUED"),
            officer,
            stage("number", "ID35110000123450924", "issuedOn", TODAY, "expiresOn", TODAY))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
    fx.call(
            post(path + "/stages/ISSUED"),
            officer,
            stage("number", "ID35110000123450924", "issuedOn", TODAY))
        .andExpect(status().isOk());
    fx.call(get("/api/v1/businesses/" + business), officer, null)
        .andExpect(jsonPath("$.halalNumber").value("ID35110000123450924"));
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                fx.call(get("/api/v1/products/" + product), officer, null)
                    .andExpect(jsonPath("$.badges", hasItem("HALAL"))));
  }

  @Test
  void one_open_request_per_kind_and_product_and_the_application_names_every_wrong_field()
      throws Exception {
    String officer = fx.officer("35.24");
    long business = fx.business(SUKODADI);
    long product = fx.product(officer, business, "Sambal Bawang");
    long other = fx.product(officer, fx.business(SUKODADI), "Kerupuk");
    Map<String, Object> halal =
        Map.of("businessId", business, "kind", "HALAL", "productIds", List.of(product));
    long first =
        fx.id(
            fx.call(post("/api/v1/licensing-requests"), officer, halal)
                .andExpect(status().isCreated()));
    fx.call(post("/api/v1/licensing-requests"), officer, halal)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("productIds"));
    fx.call(
            post("/api/v1/licensing-requests"),
            officer,
            Map.of("businessId", business, "kind", "HALAL", "productIds", List.of(other)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("productIds"));
    fx.call(
            post("/api/v1/licensing-requests"),
            officer,
            Map.of("businessId", business, "kind", "TRADEMARK", "niceClasses", List.of(30, 43)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem("markName")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("niceClasses")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("goodsServices")));
    fx.call(
            post("/api/v1/licensing-requests"),
            officer,
            Map.of("businessId", business, "kind", "PERMIT"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
    fx.call(
            post("/api/v1/licensing-requests"),
            officer,
            Map.of("businessId", business, "kind", "NIB", "product", 5))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("product"));

    fx.call(post("/api/v1/licensing-requests/" + first + "/withdraw"), officer, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WITHDRAWN"));
    fx.call(post("/api/v1/licensing-requests"), officer, halal).andExpect(status().isCreated());
  }

  @Test
  void another_districts_request_is_not_found_and_owners_do_not_complete_stages() throws Exception {
    String lamongan = fx.officer("35.24");
    String lumajang = fx.officer("35.08");
    long business = fx.business(SUKODADI);
    long id =
        fx.id(
            fx.call(
                    post("/api/v1/licensing-requests"),
                    lamongan,
                    Map.of("businessId", business, "kind", "NIB"))
                .andExpect(status().isCreated()));
    fx.call(get("/api/v1/licensing-requests/" + id), lumajang, null)
        .andExpect(status().isNotFound());
    fx.call(
            post("/api/v1/licensing-requests/" + id + "/stages/DOCUMENTS_CHECKED"),
            lumajang,
            stage())
        .andExpect(status().isNotFound());
    fx.call(
            post("/api/v1/licensing-requests"),
            lumajang,
            Map.of("businessId", business, "kind", "NIB"))
        .andExpect(status().isNotFound());
    for (String action : List.of("return", "refuse")) {
      fx.call(
              post("/api/v1/licensing-requests/" + id + "/" + action),
              lumajang,
              Map.of("reason", "bukan wilayah"))
          .andExpect(status().isNotFound());
    }
    fx.call(post("/api/v1/licensing-requests/" + id + "/withdraw"), lumajang, null)
        .andExpect(status().isNotFound());
    fx.call(get("/api/v1/licensing-requests/" + id), lamongan, null)
        .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    fx.call(get("/api/v1/licensing-requests/999999999"), lamongan, null)
        .andExpect(status().isNotFound());
    fx.call(get("/api/v1/licensing-requests?region=35.24.17&size=500"), lamongan, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
    fx.call(get("/api/v1/licensing-requests"), lumajang, null)
        .andExpect(jsonPath("$.totalItems").value(0));
    fx.call(post("/api/v1/licensing-requests/" + id + "/stages/NOT_A_STAGE"), lamongan, stage())
        .andExpect(status().isUnprocessableContent());

    fx.call(post("/api/v1/licensing-requests/" + id + "/return"), lamongan, Map.of("reason", ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    fx.call(
            post("/api/v1/licensing-requests/" + id + "/return"),
            lamongan,
            Map.of("reason", "Foto KTP tidak terbaca"))
        .andExpect(jsonPath("$.status").value("RETURNED"))
        .andExpect(jsonPath("$.nextStage").doesNotExist());
    fx.call(
            post("/api/v1/licensing-requests/" + id + "/stages/DOCUMENTS_CHECKED"),
            lamongan,
            stage())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("RETURNED"));
    fx.call(post("/api/v1/licensing-requests/" + id + "/resubmit"), lamongan, null)
        .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    fx.call(post("/api/v1/licensing-requests/" + id + "/resubmit"), lamongan, null)
        .andExpect(status().isConflict());
  }

  @Test
  void a_programme_places_requests_up_to_its_quota_and_a_place_given_back_goes_to_the_next()
      throws Exception {
    String officer = fx.officer("35.24");
    long programme =
        fx.id(
            fx.call(
                    post("/api/v1/licensing-programmes"),
                    officer,
                    Map.of(
                        "name", "Fasilitasi NIB 2026",
                        "kind", "NIB",
                        "year", 2026,
                        "quota", 2,
                        "regionScope", "35.24"))
                .andExpect(status().isCreated()));
    long[] ids = new long[3];
    String[] places = {"PLACED", "PLACED", "WAITING"};
    for (int i = 0; i < 3; i++) {
      ids[i] =
          fx.id(
              fx.call(
                      post("/api/v1/licensing-requests"),
                      officer,
                      Map.of(
                          "businessId",
                          fx.business(SUKODADI),
                          "kind",
                          "NIB",
                          "programmeId",
                          programme))
                  .andExpect(status().isCreated())
                  .andExpect(jsonPath("$.programmePlace").value(places[i])));
    }
    fx.call(get("/api/v1/licensing-programmes/" + programme), officer, null)
        .andExpect(jsonPath("$.placesTaken").value(2))
        .andExpect(jsonPath("$.waiting").value(1));
    fx.call(
            post("/api/v1/licensing-requests"),
            officer,
            Map.of(
                "businessId",
                fx.business(SUKODADI),
                "kind",
                "HALAL",
                "productIds",
                List.of(1),
                "programmeId",
                programme))
        .andExpect(status().isUnprocessableContent());
    fx.call(
            post("/api/v1/licensing-requests"),
            officer,
            Map.of("businessId", fx.business(SUKODADI), "kind", "NIB", "programmeId", 987654321))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("programmeId"));

    fx.call(
            post("/api/v1/licensing-requests/" + ids[0] + "/refuse"),
            officer,
            Map.of("reason", "Usaha menengah"))
        .andExpect(jsonPath("$.status").value("REFUSED"));
    fx.call(get("/api/v1/licensing-requests/" + ids[2]), officer, null)
        .andExpect(jsonPath("$.programmePlace").value("PLACED"));
    fx.call(get("/api/v1/licensing-programmes/" + programme), officer, null)
        .andExpect(jsonPath("$.placesTaken").value(2))
        .andExpect(jsonPath("$.waiting").value(0));
    fx.call(get("/api/v1/licensing-programmes/" + programme), fx.officer("35.08"), null)
        .andExpect(status().isNotFound());
  }
}
