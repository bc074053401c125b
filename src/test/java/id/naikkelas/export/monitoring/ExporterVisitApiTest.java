package id.naikkelas.export.monitoring;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Exporter visits and their follow-up actions through the API, on the real database. */
@IntegrationTest
class ExporterVisitApiTest {

  static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");
  static final String VILLAGE = "35.24.03.2004";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Registry registry;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void an_officer_records_a_visit_with_obstacles_and_actions() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    long business = business(VILLAGE);
    Map<String, Object> v = visit(TODAY.minusDays(5));
    call(post("/api/v1/exporters/" + business + "/visits"), officer, v)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").isNumber())
        .andExpect(jsonPath("$.businessId").value(business))
        .andExpect(jsonPath("$.villageCode").value(VILLAGE))
        .andExpect(jsonPath("$.visitedOn").value(TODAY.minusDays(5).toString()))
        .andExpect(jsonPath("$.visitors").value("Disperindag – Seksi Ekspor"))
        .andExpect(jsonPath("$.obstacles[0].category").value("CERTIFICATION"))
        .andExpect(jsonPath("$.obstacles[0].note").value("Belum ada sertifikat halal"))
        .andExpect(jsonPath("$.obstacles[1].category").value("LOGISTICS"))
        .andExpect(jsonPath("$.obstacles[1].note").doesNotExist())
        .andExpect(jsonPath("$.actions[0].id").isNumber())
        .andExpect(jsonPath("$.actions[0].state").value("OPEN"))
        .andExpect(jsonPath("$.actions[0].owner").value("Disperindag – Seksi Ekspor"))
        .andExpect(jsonPath("$.actions[0].overdue").value(true))
        .andExpect(jsonPath("$.actions[1].overdue").value(false));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type in"
                        + " ('export-visit', 'export-follow-up') and region_code = ?")
                .param(VILLAGE)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void every_bad_field_is_named_with_its_index_and_nothing_is_written() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    long business = business(VILLAGE);
    Map<String, Object> v = new HashMap<>();
    v.put("visitedOn", TODAY.plusDays(1).toString());
    v.put("visitors", "x".repeat(201));
    v.put("findings", " ");
    v.put(
        "obstacles",
        List.of(
            Map.of("category", "WEATHER"),
            Map.of("category", "PRICE", "note", "y".repeat(501)),
            Map.of("category", "PRICE")));
    List<Map<String, Object>> actions = new ArrayList<>();
    actions.add(action("Dampingi sertifikasi", "Disperindag", TODAY.plusDays(10)));
    Map<String, Object> bad = new HashMap<>();
    bad.put("description", "");
    bad.put("owner", "o".repeat(121));
    actions.add(bad);
    v.put("actions", actions);
    call(post("/api/v1/exporters/" + business + "/visits"), officer, v)
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    containsInAnyOrder(
                        "visitedOn",
                        "visitors",
                        "findings",
                        "obstacles[0].category",
                        "obstacles[1].note",
                        "obstacles[2].category",
                        "actions[1].description",
                        "actions[1].owner",
                        "actions[1].dueOn")));
    Map<String, Object> early = visit(TODAY.minusDays(3));
    early.put("actions", List.of(action("Kirim contoh", "Pemilik", TODAY.minusDays(4))));
    call(post("/api/v1/exporters/" + business + "/visits"), officer, early)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("actions[0].dueOn"));
    Map<String, Object> old = visit(LocalDate.of(1999, 12, 31));
    old.put("actions", List.of());
    call(post("/api/v1/exporters/" + business + "/visits"), officer, old)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("visitedOn"));
    assertThat(
            jdbc.sql("select count(*) from export_visit where business_id = ?")
                .param(business)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void another_districts_exporter_does_not_exist_for_an_officer() throws Exception {
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    String lamongan = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    long business = business(VILLAGE);
    call(post("/api/v1/exporters/" + business + "/visits"), lumajang, visit(TODAY))
        .andExpect(status().isNotFound());
    call(get("/api/v1/exporters/" + business + "/visits"), lumajang, null)
        .andExpect(status().isNotFound());
    long action =
        actionId(call(post("/api/v1/exporters/" + business + "/visits"), lamongan, visit(TODAY)));
    call(post("/api/v1/export-follow-ups/" + action + "/complete"), lumajang, null)
        .andExpect(status().isNotFound());
  }

  @Test
  void an_owner_may_not_record_a_visit_but_reads_their_own() throws Exception {
    String username = accounts.open(Role.OWNER, null);
    long account =
        jdbc.sql("select id from account where username = ?")
            .param(username)
            .query(Long.class)
            .single();
    long business =
        registry.registerByOwner(account, BusinessDraftFixture.draft(VILLAGE), Instant.now()).id();
    String owner = accounts.token(username);
    call(post("/api/v1/exporters/" + business + "/visits"), owner, visit(TODAY))
        .andExpect(status().isForbidden());
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    Map<String, Object> older = visit(TODAY.minusDays(20));
    older.put("findings", "Kunjungan pertama");
    call(post("/api/v1/exporters/" + business + "/visits"), officer, older)
        .andExpect(status().isCreated());
    call(post("/api/v1/exporters/" + business + "/visits"), officer, visit(TODAY.minusDays(2)))
        .andExpect(status().isCreated());
    call(get("/api/v1/exporters/" + business + "/visits"), owner, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].visitedOn").value(TODAY.minusDays(2).toString()))
        .andExpect(jsonPath("$[1].findings").value("Kunjungan pertama"))
        .andExpect(jsonPath("$[1].actions[0].state").value("OPEN"));
    long other = business(VILLAGE);
    call(get("/api/v1/exporters/" + other + "/visits"), owner, null)
        .andExpect(status().isNotFound());
    call(get("/api/v1/export-follow-ups"), owner, null).andExpect(status().isForbidden());
  }

  @Test
  void the_overdue_list_has_open_actions_past_due_and_a_second_completion_is_refused()
      throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24.03"));
    long business = business(VILLAGE);
    String body =
        call(post("/api/v1/exporters/" + business + "/visits"), officer, visit(TODAY.minusDays(5)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> actions =
        (List<Map<String, Object>>) json.readValue(body, Map.class).get("actions");
    int overdue = ((Number) actions.get(0).get("id")).intValue();
    int open = ((Number) actions.get(1).get("id")).intValue();
    call(get("/api/v1/export-follow-ups?overdue=true&size=500"), officer, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id").value(hasItem(overdue)))
        .andExpect(jsonPath("$.items[*].id").value(not(hasItem(open))))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(500));
    call(get("/api/v1/export-follow-ups?size=500"), officer, null)
        .andExpect(jsonPath("$.items[*].id").value(hasItem(open)))
        .andExpect(jsonPath("$.items[*].id").value(hasItem(overdue)));
    call(get("/api/v1/export-follow-ups?size=0"), officer, null)
        .andExpect(status().isUnprocessableContent());
    call(
            post("/api/v1/export-follow-ups/" + overdue + "/complete"),
            officer,
            Map.of("note", "Sudah didaftarkan"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("DONE"))
        .andExpect(jsonPath("$.overdue").value(false))
        .andExpect(jsonPath("$.completedOn").value(TODAY.toString()))
        .andExpect(jsonPath("$.completionNote").value("Sudah didaftarkan"));
    call(post("/api/v1/export-follow-ups/" + overdue + "/complete"), officer, null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("DONE"))
        .andExpect(jsonPath("$.action").value("complete"));
    call(get("/api/v1/export-follow-ups?overdue=true&size=500"), officer, null)
        .andExpect(jsonPath("$.items[*].id").value(not(hasItem(overdue))));
  }

  private long business(String village) {
    long b = registry.register(ROOT, BusinessDraftFixture.draft(village), BusinessSource.FORM).id();
    registry.verify(ROOT, b);
    return b;
  }

  /** A visit with two obstacles and two actions: the first overdue when the visit is past. */
  static Map<String, Object> visit(LocalDate on) {
    Map<String, Object> v = new HashMap<>();
    v.put("visitedOn", on.toString());
    v.put("visitors", "Disperindag – Seksi Ekspor");
    v.put("findings", "Pembeli Malaysia meminta sertifikat halal.");
    Map<String, Object> logistics = new HashMap<>();
    logistics.put("category", "LOGISTICS");
    v.put(
        "obstacles",
        List.of(
            Map.of("category", "CERTIFICATION", "note", "Belum ada sertifikat halal"), logistics));
    v.put(
        "actions",
        List.of(
            action("Daftarkan sertifikasi halal", "Disperindag – Seksi Ekspor", on),
            action("Cari jasa kargo", "Pemilik usaha", TODAY.plusDays(30))));
    return v;
  }

  static Map<String, Object> action(String description, String owner, LocalDate dueOn) {
    Map<String, Object> a = new HashMap<>();
    a.put("description", description);
    a.put("owner", owner);
    a.put("dueOn", dueOn == null ? null : dueOn.toString());
    return a;
  }

  private ResultActions call(MockHttpServletRequestBuilder request, String token, Object body)
      throws Exception {
    request.header("Authorization", bearer(token));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    return mvc.perform(request);
  }

  private long actionId(ResultActions result) throws Exception {
    String body =
        result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> actions =
        (List<Map<String, Object>>) json.readValue(body, Map.class).get("actions");
    return ((Number) actions.get(0).get("id")).longValue();
  }
}
