package id.naikkelas.training;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Training's request bodies are typed: numbers, times, enums and lists as such. */
@IntegrationTest
class TypedEventRequestTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JsonMapper json;

  String officer;

  @BeforeEach
  void officerOfSukodadi() {
    officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
  }

  @Test
  void an_event_in_the_typed_form_is_created_and_a_window_given_as_dates_covers_whole_days()
      throws Exception {
    Map<String, Object> e = EventFixture.event("FIRST_COME", 10);
    e.put("quota", 25);
    e.put("sessions", 3);
    e.put("minSessions", 2);
    e.put("mode", "selection");
    e.put("registrationOpens", "2026-11-20");
    e.put("registrationCloses", "2099-11-30");
    e.put("eligibleKbli", List.of("13", "1410"));
    long id = EventFixture.create(mvc, json, officer, e);
    mvc.perform(get("/api/v1/events/" + id))
        .andExpect(jsonPath("$.quota").value(25))
        .andExpect(jsonPath("$.mode").value("SELECTION"))
        .andExpect(jsonPath("$.minSessions").value(2))
        .andExpect(jsonPath("$.registrationOpens").value(instant("2026-11-19T17:00:00Z")))
        .andExpect(jsonPath("$.registrationCloses").value(instant("2099-11-30T17:00:00Z")))
        .andExpect(jsonPath("$.eligibleKbli[1]").value("1410"));
    e.put("registrationOpens", "2026-11-20T08:00");
    e.put("registrationCloses", "2099-11-30T16:00+07:00");
    long wib = EventFixture.create(mvc, json, officer, e);
    mvc.perform(get("/api/v1/events/" + wib))
        .andExpect(jsonPath("$.registrationOpens").value(instant("2026-11-20T01:00:00Z")))
        .andExpect(jsonPath("$.registrationCloses").value(instant("2099-11-30T09:00:00Z")));
  }

  @Test
  void a_value_of_the_wrong_type_is_refused_naming_its_field() throws Exception {
    Map<String, Object> e = EventFixture.event("FIRST_COME", 10);
    e.put("quota", "sepuluh");
    create(e)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("quota"));
    e = EventFixture.event("FIRST_COME", 10);
    e.put("registrationOpens", "besok pagi");
    create(e)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("registrationOpens"));
    e = EventFixture.event("FIRST_COME", 10);
    e.put("startsOn", "10/12/2026");
    create(e)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("startsOn"));
    e = EventFixture.event("FIRST_COME", 10);
    e.put("sessions", List.of(2));
    create(e)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("sessions"));
  }

  @Test
  void an_unknown_enum_value_is_refused_naming_the_field_and_its_choices() throws Exception {
    Map<String, Object> e = EventFixture.event("FIRST_COME", 10);
    e.put("type", "WEBINAR");
    create(e)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("type"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("STUDY_TRIP")));
    e = EventFixture.event("FIRST_COME", 10);
    e.put("audience", "EVERYONE");
    create(e)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("audience"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("NEW_ENTREPRENEUR")));
  }

  @Test
  void a_bad_nik_in_a_registration_is_refused_naming_the_field() throws Exception {
    long id = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", 10));
    Map<String, Object> r = EventFixture.candidate("35241701010100");
    mvc.perform(
            post("/api/v1/events/" + id + "/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(r)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("nik"));
    r.put("nik", List.of("3524170101010001"));
    mvc.perform(
            post("/api/v1/events/" + id + "/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(r)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("nik"));
  }

  private ResultActions create(Map<String, Object> e) throws Exception {
    return mvc.perform(
        post("/api/v1/events")
            .header("Authorization", bearer(officer))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(e)));
  }

  private static String instant(String utc) {
    return Instant.parse(utc).toString();
  }
}
