package id.naikkelas.catalogue;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class MarketAccessTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JsonMapper json;
  @Autowired Registry registry;
  @Autowired Products products;

  Actor sukodadi = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");

  @Test
  void a_retailer_round_scores_products_passes_them_with_a_badge_and_counts_outlets()
      throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    long partner =
        id(
            call(
                officer,
                "/api/v1/partners",
                Map.of("name", "Ritel Modern " + System.nanoTime(), "kind", "RETAILER")));
    long business = verifiedBusiness();
    long good = product(business, "Keripik Pisang Premium");
    long weak = product(business, "Kerupuk Biasa");
    call(officer, "/api/v1/partners/" + partner + "/onboardings", Map.of("businessId", business))
        .andExpect(status().isCreated());
    call(officer, "/api/v1/partners/" + partner + "/onboardings", Map.of("businessId", business))
        .andExpect(status().isConflict());

    long round =
        id(
            call(
                officer,
                "/api/v1/curation-rounds",
                Map.of(
                    "title", "Kurasi Ritel Modern 2026", "partnerId", partner, "passScore", 70)));
    long s1 =
        id(
            call(
                officer,
                "/api/v1/curation-rounds/" + round + "/submissions",
                Map.of("productId", good)));
    long s2 =
        id(
            call(
                officer,
                "/api/v1/curation-rounds/" + round + "/submissions",
                Map.of("productId", weak)));
    call(officer, "/api/v1/curation-rounds/" + round + "/submissions", Map.of("productId", good))
        .andExpect(status().isConflict());
    call(
            officer,
            "/api/v1/curation-submissions/" + s1 + "/scores",
            Map.of("scores", Map.of("originality", 11), "feedback", "x"))
        .andExpect(status().isUnprocessableContent());
    Map<String, Object> high =
        Map.of("originality", 9, "supply", 8, "capacity", 7, "innovation", 8, "packaging", 9);
    call(
            officer,
            "/api/v1/curation-submissions/" + s1 + "/scores",
            Map.of("scores", high, "feedback", "Kemasan menarik"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PASSED"))
        .andExpect(jsonPath("$.totalScore").value(82.0));
    Map<String, Object> low =
        Map.of("originality", 5, "supply", 4, "capacity", 6, "innovation", 5, "packaging", 4);
    call(
            officer,
            "/api/v1/curation-submissions/" + s2 + "/scores",
            Map.of("scores", low, "feedback", "Perbaiki kemasan"))
        .andExpect(jsonPath("$.status").value("FAILED"));
    call(officer, "/api/v1/curation-submissions/" + s2 + "/outlets", Map.of("outlet", "Gerai A"))
        .andExpect(status().isConflict());
    for (String outlet : List.of("Gerai Lamongan Kota", "Gerai Babat", "Gerai Paciran")) {
      call(
              officer,
              "/api/v1/curation-submissions/" + s1 + "/outlets",
              Map.of("outlet", outlet, "city", "Lamongan"))
          .andExpect(status().isCreated());
    }
    mvc.perform(
            get("/api/v1/curation-rounds/" + round + "/report")
                .header("Authorization", bearer(officer)))
        .andExpect(jsonPath("$.submitted").value(2))
        .andExpect(jsonPath("$.passed").value(1))
        .andExpect(jsonPath("$.passedBusinesses").value(1))
        .andExpect(jsonPath("$.outlets").value(3));
    mvc.perform(
            get("/api/v1/products").param("badge", "CURATED").param("q", "Keripik Pisang Premium"))
        .andExpect(jsonPath("$.items[*].id").value(hasItem((int) good)));
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    mvc.perform(
            get("/api/v1/curation-rounds/" + round + "/submissions")
                .header("Authorization", bearer(lumajang)))
        .andExpect(status().isNotFound());
  }

  @Test
  void a_showroom_takes_stock_records_sales_and_returns_and_knows_what_it_owes() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    long product = product(verifiedBusiness(), "Tas Anyaman Eceng Gondok");
    long showroom =
        id(
            call(
                officer,
                "/api/v1/showrooms",
                Map.of(
                    "name", "Galeri UMKM Kantor Bupati", "place", "Jl. Basuki Rahmat, Lamongan")));
    long consignment =
        id(
            call(
                officer,
                "/api/v1/showrooms/" + showroom + "/consignments",
                Map.of("productId", product, "quantity", 20, "unitPrice", 75000)));
    call(
            officer,
            "/api/v1/consignments/" + consignment + "/movements",
            Map.of("kind", "SOLD", "quantity", 8))
        .andExpect(status().isCreated());
    call(
            officer,
            "/api/v1/consignments/" + consignment + "/movements",
            Map.of("kind", "RETURNED", "quantity", 2))
        .andExpect(status().isCreated());
    call(
            officer,
            "/api/v1/consignments/" + consignment + "/movements",
            Map.of("kind", "SOLD", "quantity", 11))
        .andExpect(status().isUnprocessableContent()); // only 10 left
    call(
            officer,
            "/api/v1/consignments/" + consignment + "/movements",
            Map.of("kind", "PAID", "amount", 400000))
        .andExpect(status().isCreated());
    call(
            officer,
            "/api/v1/consignments/" + consignment + "/movements",
            Map.of("kind", "PAID", "amount", 300000))
        .andExpect(status().isUnprocessableContent()); // more than owed
    mvc.perform(
            get("/api/v1/showrooms/" + showroom + "/consignments")
                .header("Authorization", bearer(officer)))
        .andExpect(jsonPath("$[0].sold").value(8))
        .andExpect(jsonPath("$[0].returned").value(2))
        .andExpect(jsonPath("$[0].inStock").value(10))
        .andExpect(jsonPath("$[0].soldValue").value(600000.0))
        .andExpect(jsonPath("$[0].owed").value(200000.0));
  }

  @Test
  void an_expo_has_booths_public_pages_inquiries_and_a_report() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    long business = verifiedBusiness();
    long product = product(business, "Sarung Tenun Ikat Parengan");
    long expo =
        id(
            call(
                officer,
                "/api/v1/expos",
                Map.of(
                    "title",
                    "Pameran Virtual UMKM Lamongan",
                    "titleEn",
                    "Lamongan UMKM Virtual Expo",
                    "startsOn",
                    "2026-12-01",
                    "endsOn",
                    "2026-12-31")));
    call(officer, "/api/v1/expos/" + expo + "/booths", Map.of("businessId", business))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/v1/public/expos/" + expo))
        .andExpect(jsonPath("$.booths[0].products[0].id").value(product));
    mvc.perform(get("/expo/" + expo).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("Lamongan UMKM Virtual Expo")));
    mvc.perform(get("/expo/" + expo + "/stan/" + business)).andExpect(status().isOk());
    String ask =
        json.writeValueAsString(
            Map.of(
                "productId",
                product,
                "buyerName",
                "Ali",
                "country",
                "MY",
                "contact",
                "ali@kl.example",
                "message",
                "Harga untuk 500 helai?",
                "expoId",
                expo));
    String created =
        mvc.perform(
                post("/api/v1/inquiries")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(ask)
                    .with(
                        r -> {
                          r.setRemoteAddr("10.60.0.1");
                          return r;
                        }))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long inquiry = ((Number) json.readValue(created, Map.class).get("id")).longValue();
    call(
            officer,
            "/api/v1/inquiries/" + inquiry + "/deal",
            Map.of("dealValue", 12000, "currency", "USD"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/expos/" + expo + "/report").header("Authorization", bearer(officer)))
        .andExpect(jsonPath("$.booths").value(1))
        .andExpect(jsonPath("$.visits").value(1))
        .andExpect(jsonPath("$.inquiries").value(1))
        .andExpect(jsonPath("$.deals").value(1))
        .andExpect(jsonPath("$.dealValue.USD").value(12000.0));
  }

  private long verifiedBusiness() {
    long b =
        registry
            .register(sukodadi, BusinessDraftFixture.draft("35.24.17.2007"), BusinessSource.FORM)
            .id();
    registry.verify(sukodadi, b);
    return b;
  }

  private long product(long business, String name) {
    long p =
        products.create(
            sukodadi,
            new ProductDraft(
                business,
                name,
                null,
                Category.FOOD_DRINK,
                new java.math.BigDecimal("20000"),
                null,
                "bungkus",
                1,
                null,
                List.of()));
    products.publish(sukodadi, p);
    return p;
  }

  private ResultActions call(String token, String path, Map<String, Object> body) throws Exception {
    return mvc.perform(
        post(path)
            .header("Authorization", bearer(token))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private long id(ResultActions r) throws Exception {
    String body =
        r.andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    return ((Number) json.readValue(body, Map.class).get("id")).longValue();
  }
}
