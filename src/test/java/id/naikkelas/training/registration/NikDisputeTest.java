package id.naikkelas.training.registration;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.notification.Notifications;
import id.naikkelas.notification.OutboxMessage;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.training.EventFixture;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, finding 6: someone registered a person's NIK first; the person shows the KTP to an
 * officer of the event's scope, who cancels the earlier registration and gives its place to the
 * person — audited, told to both, nobody else's place moved.
 */
@IntegrationTest
class NikDisputeTest {

  static final String VILLAGE = "35.24.17.2007";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired RegistrationFixture people;
  @Autowired RegistrationNotifier notifier;
  @Autowired Notifications notifications;

  String officerName;
  String officer;
  long event;
  String nik;
  RegistrationFixture.Confirmed impostor;
  RegistrationFixture.Confirmed other;

  @BeforeEach
  void anImpostorHoldsTheNik() throws Exception {
    officerName = accounts.open(Role.OFFICER, "35.24.17");
    officer = accounts.token(officerName);
    event = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", 1));
    nik = BusinessDraftFixture.nik(VILLAGE);
    impostor = people.registerAndConfirm(event, EventFixture.candidate(nik), "CONFIRMED");
    other =
        people.registerAndConfirm(
            event, EventFixture.candidate(BusinessDraftFixture.nik(VILLAGE)), "WAITLISTED");
  }

  @Test
  void an_officer_who_saw_the_ktp_gives_the_place_to_the_holder_of_the_nik() throws Exception {
    // the person registers too: answered like anyone, but cannot take a place held by the NIK
    Map<String, Object> person = EventFixture.candidate(nik);
    person.put("name", "Siti Aminah");
    people.register(event, person).andExpect(status().isAccepted());
    people
        .confirm(people.codeOf(people.newest(event, nik)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("nik"));
    Map<String, Object> counters = counters();

    String body =
        dispute(officer, request(person, "KTP diperiksa di loket"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.cancelled").value(impostor.id()))
            .andExpect(jsonPath("$.status").value("CONFIRMED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long taken = ((Number) json.readValue(body, Map.class).get("registration")).longValue();
    Map<String, Object> earlier = row(impostor.id());
    Map<String, Object> now = row(taken);
    assertThat(earlier.get("status")).isEqualTo("CANCELLED");
    assertThat(((Number) earlier.get("replaced_by")).longValue()).isEqualTo(taken);
    assertThat(now.get("status")).isEqualTo("CONFIRMED");
    assertThat(now.get("arrival")).isEqualTo(earlier.get("arrival"));
    assertThat(now.get("name")).isEqualTo("Siti Aminah");
    assertThat(now.get("ticket")).isNotNull().isNotEqualTo(impostor.ticket());
    assertThat(people.statusOf(other.id())).isEqualTo("WAITLISTED"); // nobody else moved
    assertThat(counters()).isEqualTo(counters);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'registration'"
                        + " and entity_id in (?, ?) and actor = ?")
                .params(String.valueOf(impostor.id()), String.valueOf(taken), officerName)
                .query(Long.class)
                .single())
        .isEqualTo(2);

    notifier.tell();
    assertThat(notifications.about(RegistrationNotifier.TOPIC, impostor.id()))
        .extracting(OutboxMessage::subject)
        .last()
        .asString()
        .startsWith("Pendaftaran dibatalkan petugas");
    assertThat(notifications.about(RegistrationNotifier.TOPIC, taken))
        .extracting(OutboxMessage::body)
        .singleElement()
        .asString()
        .contains("/acara/tiket/" + now.get("ticket"));
    // the impostor's ticket no longer gets in
    mvc.perform(
            post("/api/v1/events/" + event + "/check-ins")
                .header("Authorization", bearer(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("code", impostor.ticket()))))
        .andExpect(status().isConflict());
    // settled once: the person's NIK now holds the place, a second settlement changes nothing
    dispute(officer, request(person, "lagi")).andExpect(status().isCreated());
    assertThat(people.statusOf(taken)).isEqualTo("CANCELLED");
    assertThat(counters()).isEqualTo(counters);
  }

  @Test
  void only_an_officer_of_the_events_scope_settles_and_bad_input_changes_nothing()
      throws Exception {
    Map<String, Object> person = EventFixture.candidate(nik);
    Map<String, Object> before = row(impostor.id());
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    String lumajangBody =
        dispute(lumajang, request(person, "KTP"))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String unknownBody =
        mvc.perform(
                post("/api/v1/events/999999999/registrations/disputes")
                    .header("Authorization", bearer(lumajang))
                    .header("Accept-Language", "en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(request(person, "KTP"))))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // out of scope answers as unknown: the same problem, only the id differs
    assertThat(lumajangBody.replaceAll("[0-9][0-9.,]*", "N"))
        .isEqualTo(unknownBody.replaceAll("[0-9][0-9.,]*", "N"));
    dispute(accounts.token(accounts.open(Role.VIEWER, "35.24")), request(person, "KTP"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/events/" + event + "/registrations/disputes")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(request(person, "KTP"))))
        .andExpect(status().isUnauthorized());

    Map<String, Object> bad = request(person, "");
    bad.put("nik", "35241712");
    dispute(officer, bad)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("nik")))
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("note")));
    Map<String, Object> stranger =
        request(EventFixture.candidate(BusinessDraftFixture.nik(VILLAGE)), "KTP");
    dispute(officer, stranger)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("nik"));
    assertThat(row(impostor.id())).isEqualTo(before);
    assertThat(
            jdbc.sql("select count(*) from training_registration where event_id = ?")
                .param(event)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void the_officers_page_asks_for_a_confirmation_before_settling() throws Exception {
    RequestPostProcessor as = authentication(accounts.signedIn(officerName));
    String page = "/training/events/" + event;
    mvc.perform(get(page).with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("dispute-form")));
    Map<String, Object> before = row(impostor.id());
    mvc.perform(
            post(page + "/disputes")
                .param("nik", nik)
                .param("name", "Siti Aminah")
                .param("phone", "081299887766")
                .param("villageCode", VILLAGE)
                .param("note", "")
                .with(as)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#note\"")));
    mvc.perform(
            post(page + "/disputes")
                .param("nik", nik)
                .param("name", "Siti Aminah")
                .param("phone", "081299887766")
                .param("villageCode", VILLAGE)
                .param("note", "KTP diperiksa")
                .with(as)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("dispute-preview")))
        .andExpect(content().string(containsString((String) before.get("nik_masked"))))
        .andExpect(content().string(containsString("settle-dispute")));
    assertThat(row(impostor.id())).isEqualTo(before); // the preview changes nothing
    mvc.perform(
            post(page + "/disputes")
                .param("nik", nik)
                .param("name", "Siti Aminah")
                .param("phone", "081299887766")
                .param("villageCode", VILLAGE)
                .param("note", "KTP diperiksa")
                .param("confirm", "true")
                .with(as)
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(page));
    assertThat(people.statusOf(impostor.id())).isEqualTo("CANCELLED");
    mvc.perform(get(page).with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Siti Aminah")))
        .andExpect(content().string(not(containsString(nik))));
    String lumajang = accounts.open(Role.OFFICER, "35.08");
    mvc.perform(
            post(page + "/disputes")
                .param("nik", nik)
                .param("note", "x")
                .with(authentication(accounts.signedIn(lumajang)))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  private ResultActions dispute(String token, Map<String, Object> body) throws Exception {
    return mvc.perform(
        post("/api/v1/events/" + event + "/registrations/disputes")
            .header("Authorization", bearer(token))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private static Map<String, Object> request(Map<String, Object> person, String note) {
    Map<String, Object> r = new HashMap<>(person);
    r.remove("answers");
    r.put("note", note);
    return r;
  }

  private Map<String, Object> row(long id) {
    return jdbc.sql(
            "select status, arrival, name, ticket, replaced_by, nik_masked, confirmed_at"
                + " from training_registration where id = ?")
        .param(id)
        .query()
        .singleRow();
  }

  private Map<String, Object> counters() {
    return jdbc.sql("select registered_count, confirmed_count from training_event where id = ?")
        .param(event)
        .query()
        .singleRow();
  }
}
