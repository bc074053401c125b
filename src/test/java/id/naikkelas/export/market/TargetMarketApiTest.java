package id.naikkelas.export.market;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Target markets through the API, on the real database. */
@IntegrationTest
class TargetMarketApiTest {

  static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Registry registry;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void an_officer_adds_a_target_market_and_moves_it_to_a_first_shipment() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    long business = business("35.24.09.2001");
    long id =
        id(
            call(post(path(business)), officer, market("jp", "52.08"))
                .andExpect(jsonPath("$.country").value("JP"))
                .andExpect(jsonPath("$.countryName").value("Jepang"))
                .andExpect(jsonPath("$.hsHeading").value("5208"))
                .andExpect(jsonPath("$.state").value("PROSPECT"))
                .andExpect(jsonPath("$.origin.preferential").value(true))
                .andExpect(jsonPath("$.moves[0]").value("sample-sent")));
    call(post("/api/v1/target-markets/" + id + "/sample-sent"), officer, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("SAMPLE_SENT"));
    call(post("/api/v1/target-markets/" + id + "/negotiating"), officer, null)
        .andExpect(jsonPath("$.state").value("NEGOTIATING"));
    call(post("/api/v1/target-markets/" + id + "/first-shipment"), officer, null)
        .andExpect(jsonPath("$.state").value("FIRST_SHIPMENT"));
    call(get("/api/v1/target-markets/" + id), officer, null)
        .andExpect(jsonPath("$.history.length()").value(4))
        .andExpect(jsonPath("$.history[3].from").value("NEGOTIATING"))
        .andExpect(jsonPath("$.history[3].to").value("FIRST_SHIPMENT"));
    call(post("/api/v1/target-markets/" + id + "/sample-sent"), officer, null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("FIRST_SHIPMENT"));
    call(get(path(business)), officer, null)
        .andExpect(jsonPath("$[0].id").value(id))
        .andExpect(jsonPath("$[0].state").value("FIRST_SHIPMENT"));
    assertThat(
            jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ?")
                .params(TargetMarkets.ENTITY, String.valueOf(id))
                .query(Long.class)
                .single())
        .isEqualTo(4);
  }

  @Test
  void the_same_market_twice_is_refused_naming_the_stored_one_until_it_is_dropped()
      throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    long business = business("35.24.09.2001");
    long first = id(call(post(path(business)), officer, market("US", "6205")));
    call(post(path(business)), officer, market("us", "6205"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("country"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString(String.valueOf(first))));
    call(post("/api/v1/target-markets/" + first + "/drop"), officer, Map.of("reason", " "))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    call(post("/api/v1/target-markets/" + first + "/drop"), officer, Map.of("reason", "Mahal"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("DROPPED"))
        .andExpect(jsonPath("$.dropReason").value("Mahal"));
    call(post("/api/v1/target-markets/" + first + "/drop"), officer, Map.of("reason", "lagi"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("DROPPED"));
    call(post(path(business)), officer, market("US", "6205")).andExpect(status().isCreated());
  }

  @Test
  void an_unknown_country_and_heading_are_both_named() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    long business = business("35.24.09.2001");
    call(post(path(business)), officer, market("XX", "7700"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("country", "hsHeading")));
    call(post(path(business)), officer, market("JP", "52"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("hsHeading"));
    Map<String, Object> empty = new HashMap<>();
    call(post(path(business)), officer, empty)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("country", "hsHeading")));
  }

  @Test
  void another_districts_officer_finds_neither_the_exporter_nor_its_markets() throws Exception {
    String lamongan = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    long business = business("35.24.09.2001");
    long id = id(call(post(path(business)), lamongan, market("AU", "4602")));
    call(post(path(business)), lumajang, market("SG", "4602")).andExpect(status().isNotFound());
    call(get(path(business)), lumajang, null).andExpect(status().isNotFound());
    call(get("/api/v1/target-markets/" + id), lumajang, null).andExpect(status().isNotFound());
    call(post("/api/v1/target-markets/" + id + "/sample-sent"), lumajang, null)
        .andExpect(status().isNotFound());
  }

  @Test
  void an_owner_adds_and_moves_their_own_target_market() throws Exception {
    String username = accounts.open(Role.OWNER, null);
    long account =
        jdbc.sql("select id from account where username = ?")
            .param(username)
            .query(Long.class)
            .single();
    long business =
        registry
            .registerByOwner(account, BusinessDraftFixture.draft("35.24.05.1001"), Instant.now())
            .id();
    String owner = accounts.token(username);
    long id = id(call(post(path(business)), owner, market("AU", "4602")));
    call(post("/api/v1/target-markets/" + id + "/negotiating"), owner, null)
        .andExpect(jsonPath("$.state").value("NEGOTIATING"))
        .andExpect(jsonPath("$.history[1].by").value(username));
    String stranger = accounts.token(accounts.open(Role.OWNER, null));
    call(get("/api/v1/target-markets/" + id), stranger, null).andExpect(status().isNotFound());
  }

  long business(String village) {
    long b = registry.register(ROOT, BusinessDraftFixture.draft(village), BusinessSource.FORM).id();
    registry.verify(ROOT, b);
    return b;
  }

  static String path(long business) {
    return "/api/v1/exporters/" + business + "/target-markets";
  }

  static Map<String, Object> market(String country, String heading) {
    Map<String, Object> m = new HashMap<>();
    m.put("country", country);
    m.put("hsHeading", heading);
    m.put("buyerName", "Kyoto Textile Co.");
    return m;
  }

  ResultActions call(MockHttpServletRequestBuilder request, String token, Object body)
      throws Exception {
    request.header("Authorization", bearer(token));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    return mvc.perform(request);
  }

  long id(ResultActions result) throws Exception {
    String body =
        result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return ((Number) json.readValue(body, Map.class).get("id")).longValue();
  }
}
