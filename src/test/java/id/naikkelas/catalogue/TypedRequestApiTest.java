package id.naikkelas.catalogue;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue's request bodies are typed: numbers, dates and enums are read as such, and a value
 * of the wrong type, an unknown enum name or a negative price answers 422 naming the field.
 */
@IntegrationTest
class TypedRequestApiTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired MarketFixture market;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  String officer;
  long business;

  @BeforeEach
  void aVerifiedBusiness() {
    officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    business = market.business("35.24.17.2007");
  }

  @Test
  void a_product_with_a_number_price_and_enum_names_is_stored_typed() throws Exception {
    Map<String, Object> d = product();
    d.put("priceMin", 15000);
    d.put("priceMax", 17500.5);
    d.put("minOrder", 12);
    d.put("availability", "PRE_ORDER");
    long id = idOf(send("/api/v1/products", d).andExpect(status().isCreated()));
    Map<String, Object> row =
        jdbc.sql(
                "select price_min, price_max, min_order, category, availability from product"
                    + " where id = ?")
            .param(id)
            .query()
            .singleRow();
    assertThat((BigDecimal) row.get("price_min")).isEqualByComparingTo("15000");
    assertThat((BigDecimal) row.get("price_max")).isEqualByComparingTo("17500.50");
    assertThat(row)
        .containsEntry("min_order", 12)
        .containsEntry("category", "FOOD_DRINK")
        .containsEntry("availability", "PRE_ORDER");
  }

  @Test
  void a_price_of_the_wrong_type_or_negative_is_refused_naming_the_field() throws Exception {
    for (Object price : List.of("lima ribu", -5, "Rp-5.000", Map.of("value", 5), 1.234)) {
      Map<String, Object> d = product();
      d.put("priceMin", price);
      refused(send("/api/v1/products", d), "priceMin");
    }
    Map<String, Object> range = product();
    range.put("priceMax", "sepuluh");
    refused(send("/api/v1/products", range), "priceMax");
  }

  @Test
  void an_unknown_category_names_the_choices_and_a_wrong_order_names_the_field() throws Exception {
    Map<String, Object> category = product();
    category.put("category", "SNACKS");
    refused(send("/api/v1/products", category), "category")
        .andExpect(jsonPath("$.errors[0].message").value(containsString("FOOD_DRINK")));

    Map<String, Object> availability = product();
    availability.put("availability", "SOON");
    refused(send("/api/v1/products", availability), "availability")
        .andExpect(jsonPath("$.errors[0].message").value(containsString("PRE_ORDER")));

    for (Object order : List.of("banyak", 0, 1_000_001)) {
      Map<String, Object> d = product();
      d.put("minOrder", order);
      refused(send("/api/v1/products", d), "minOrder");
    }

    Map<String, Object> missing = product();
    missing.remove("priceMin");
    missing.remove("category");
    refused(send("/api/v1/products", missing), "priceMin")
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("category")));
  }

  @Test
  void an_expo_takes_dates_and_refuses_a_date_that_is_not_one() throws Exception {
    send("/api/v1/expos", Map.of("title", "Pameran Tipe", "startsOn", "2026-12-01"))
        .andExpect(status().isCreated());
    refused(
        send("/api/v1/expos", Map.of("title", "Pameran Tipe", "startsOn", "01/12/2026")),
        "startsOn");
    refused(
        send(
            "/api/v1/expos",
            Map.of("title", "Pameran Tipe", "startsOn", "2026-12-01", "endsOn", "2026-13-40")),
        "endsOn");
    refused(send("/api/v1/expos", Map.of("title", "Pameran Tipe")), "startsOn");
  }

  @Test
  void a_curation_round_takes_numbers_and_refuses_words_for_them() throws Exception {
    send(
            "/api/v1/curation-rounds",
            Map.of(
                "title",
                "Kurasi Tipe",
                "passScore",
                65.5,
                "criteria",
                List.of(Map.of("key", "taste", "label", "Rasa", "weight", 2))))
        .andExpect(status().isCreated());
    refused(
        send("/api/v1/curation-rounds", Map.of("title", "Kurasi Tipe", "passScore", "tinggi")),
        "passScore");
    refused(
        send(
            "/api/v1/curation-rounds",
            Map.of(
                "title",
                "Kurasi Tipe",
                "criteria",
                List.of(Map.of("key", "taste", "label", "Rasa", "weight", "berat")))),
        "criteria[0].weight");
  }

  private Map<String, Object> product() {
    Map<String, Object> d = new HashMap<>();
    d.put("businessId", business);
    d.put("name", "Keripik Tipe " + System.nanoTime() % 1_000_000);
    d.put("category", "FOOD_DRINK");
    d.put("priceMin", "Rp12.000");
    d.put("unit", "bungkus");
    return d;
  }

  private ResultActions send(String path, Map<String, ?> body) throws Exception {
    return mvc.perform(
        post(path)
            .header("Authorization", bearer(officer))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private static ResultActions refused(ResultActions r, String field) throws Exception {
    return r.andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
  }

  private long idOf(ResultActions r) throws Exception {
    String body = r.andReturn().getResponse().getContentAsString();
    return ((Number) json.readValue(body, Map.class).get("id")).longValue();
  }
}
