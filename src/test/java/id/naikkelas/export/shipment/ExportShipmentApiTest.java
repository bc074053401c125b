package id.naikkelas.export.shipment;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** The export ledger through its API, on the real database. */
@IntegrationTest
class ExportShipmentApiTest {

  static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Registry registry;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void an_officer_records_a_shipment_in_a_foreign_currency_and_gets_its_rupiah_value()
      throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    long business = business("35.24.17.2007");
    Map<String, Object> s = shipment(business, "USD", "1250.50");
    s.put("rateToIdr", "15650.25");
    s.put("rateDate", "2024-03-01");
    call(post("/api/v1/export-shipments"), officer, s)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.valueIdr").value(19570637.63))
        .andExpect(jsonPath("$.source").value("OFFICER"))
        .andExpect(jsonPath("$.state").value("RECORDED"))
        .andExpect(jsonPath("$.year").value(2024))
        .andExpect(jsonPath("$.month").value(3));
  }

  @Test
  void every_bad_field_is_named_and_nothing_is_written() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    long business = business("35.24.17.2007");
    Map<String, Object> s = shipment(business, "USD", "0");
    s.put("hsCode", "123456");
    s.put("destinationCountry", "XX");
    s.put("shippedOn", null);
    s.put("year", LocalDate.now().getYear() + 1);
    call(post("/api/v1/export-shipments"), officer, s)
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    containsInAnyOrder(
                        "year", "hsCode", "destinationCountry", "value", "rateToIdr", "rateDate")));
    Map<String, Object> eight = shipment(business, "IDR", "1000");
    eight.put("hsCode", "12345678");
    call(post("/api/v1/export-shipments"), officer, eight)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("hsCode"));
    assertThat(
            jdbc.sql("select count(*) from export_shipment where business_id = ?")
                .param(business)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void the_same_shipment_twice_is_refused_naming_the_stored_one() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    long business = business("35.24.17.2007");
    long first =
        id(call(post("/api/v1/export-shipments"), officer, shipment(business, "IDR", "5000000")));
    call(post("/api/v1/export-shipments"), officer, shipment(business, "IDR", "5000000"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("value"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString(String.valueOf(first))));
  }

  @Test
  void another_districts_exporter_does_not_exist_for_an_officer() throws Exception {
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    long business = business("35.24.17.2007");
    call(post("/api/v1/export-shipments"), lumajang, shipment(business, "IDR", "1000"))
        .andExpect(status().isNotFound());
    String lamongan = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    long id =
        id(call(post("/api/v1/export-shipments"), lamongan, shipment(business, "IDR", "2000")));
    call(get("/api/v1/export-shipments/" + id), lumajang, null).andExpect(status().isNotFound());
    call(post("/api/v1/export-shipments/" + id + "/verify"), lumajang, null)
        .andExpect(status().isNotFound());
  }

  @Test
  void an_owner_records_their_own_shipment_but_an_officer_verifies_it_once() throws Exception {
    String username = accounts.open(Role.OWNER, null);
    long account =
        jdbc.sql("select id from account where username = ?")
            .param(username)
            .query(Long.class)
            .single();
    long business =
        registry
            .registerByOwner(account, BusinessDraftFixture.draft("35.24.17.2007"), Instant.now())
            .id();
    String owner = accounts.token(username);
    long id =
        id(
            call(post("/api/v1/export-shipments"), owner, shipment(business, "IDR", "7500000"))
                .andExpect(jsonPath("$.source").value("OWNER")));
    call(post("/api/v1/export-shipments/" + id + "/verify"), owner, null)
        .andExpect(status().isForbidden());
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    call(post("/api/v1/export-shipments/" + id + "/verify"), officer, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("VERIFIED"));
    call(post("/api/v1/export-shipments/" + id + "/verify"), officer, null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("VERIFIED"));
    call(get("/api/v1/export-shipments?verifiedOnly=true"), owner, null)
        .andExpect(jsonPath("$.items[0].id").value(id));
  }

  private long business(String village) {
    long b = registry.register(ROOT, BusinessDraftFixture.draft(village), BusinessSource.FORM).id();
    registry.verify(ROOT, b);
    return b;
  }

  static Map<String, Object> shipment(long business, String currency, String value) {
    Map<String, Object> s = new HashMap<>();
    s.put("businessId", business);
    s.put("shippedOn", "2024-03-15");
    s.put("hsCode", "5208.49");
    s.put("commodity", "Sarung tenun ikat");
    s.put("destinationCountry", "jp");
    s.put("value", value);
    s.put("currency", currency);
    s.put("quantity", "120");
    s.put("unit", "lembar");
    return s;
  }

  private ResultActions call(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String token,
      Object body)
      throws Exception {
    request.header("Authorization", bearer(token));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    return mvc.perform(request);
  }

  private long id(ResultActions result) throws Exception {
    String body =
        result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return ((Number) json.readValue(body, Map.class).get("id")).longValue();
  }
}
