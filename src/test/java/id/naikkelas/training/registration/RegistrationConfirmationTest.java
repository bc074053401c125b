package id.naikkelas.training.registration;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.notification.Notifications;
import id.naikkelas.notification.OutboxMessage;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.training.EventFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, finding 6: a place is held only once the registration is confirmed from the phone given;
 * unconfirmed places go to the next in line in arrival order; invented NIKs hold nothing for long;
 * limits hold each phone and NIK, not the many people behind one address.
 */
@IntegrationTest
class RegistrationConfirmationTest {

  static final String VILLAGE = "35.24.17.2007";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired RegistrationFixture people;
  @Autowired RegistrationNotifier notifier;
  @Autowired Notifications notifications;
  @Autowired EventRegistrations registrations;
  @Autowired Releases releases;

  String officer;

  @BeforeEach
  void officerOfSukodadi() {
    officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
  }

  @AfterEach
  void limitsBack() {
    registrations.limitPerMinute(100_000);
    registrations.limitPerHour(5, 10);
  }

  @Test
  void an_unconfirmed_place_holds_no_ticket_and_goes_to_the_next_in_line_in_arrival_order()
      throws Exception {
    long event = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", 2));
    long a = pending(event, "CONFIRMED");
    long b = pending(event, "CONFIRMED"); // never confirms
    long c = pending(event, "WAITLISTED"); // confirms late
    long d = pending(event, "WAITLISTED");
    long e = pending(event, "WAITLISTED");
    people.confirm(people.codeOf(a)).andExpect(status().isOk());
    people.confirm(people.codeOf(d)).andExpect(jsonPath("$.status").value("WAITLISTED"));
    people.confirm(people.codeOf(e)).andExpect(jsonPath("$.status").value("WAITLISTED"));
    assertThat(ticketOf(b)).isNull();
    assertThat(confirmedCount(event)).isEqualTo(2); // a, and b's seat held pending

    // b's time passes: an officer's list releases it at once; the next in line by arrival is c,
    // still within its own time: c now holds the seat pending its confirmation
    people.expire(b);
    mvc.perform(
            get("/api/v1/events/" + event + "/registrations")
                .header("Authorization", bearer(officer)))
        .andExpect(status().isOk());
    assertThat(people.statusOf(b)).isEqualTo("EXPIRED");
    assertThat(people.statusOf(c)).isEqualTo("PENDING");
    assertThat(placeOf(c)).isEqualTo("CONFIRMED");
    assertThat(people.statusOf(d)).isEqualTo("WAITLISTED");
    people.confirm(people.codeOf(b)).andExpect(status().isUnprocessableContent());
    assertThat(people.statusOf(b)).isEqualTo("EXPIRED");

    // c does not confirm either: the job gives the seat to d (confirmed, next by arrival) and
    // tells d; e keeps waiting
    people.expire(c);
    releases.releaseAll();
    assertThat(people.statusOf(c)).isEqualTo("EXPIRED");
    assertThat(people.statusOf(d)).isEqualTo("CONFIRMED");
    assertThat(people.statusOf(e)).isEqualTo("WAITLISTED");
    assertThat(confirmedCount(event)).isEqualTo(2);
    notifier.tell();
    assertThat(notifications.about(RegistrationNotifier.TOPIC, d))
        .extracting(OutboxMessage::subject)
        .last()
        .asString()
        .startsWith("Ada tempat untuk Anda");
    // an expired registration is not messaged again (its number may not be the registrant's)
    assertThat(notifications.about(RegistrationNotifier.TOPIC, b)).hasSize(1);
    assertThat(ticketOf(b)).isNull();
  }

  @Test
  void a_wrong_or_expired_code_is_refused_and_changes_nothing() throws Exception {
    long event = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", 5));
    long id = pending(event, "CONFIRMED");
    String code = people.codeOf(id);
    Map<String, Object> before = row(id);
    people
        .confirm("")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    people
        .confirm("not a code")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    String wrong = code.equals("ABCDEFGHJK") ? "ABCDEFGHJM" : "ABCDEFGHJK";
    people
        .confirm(wrong)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"))
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("expired")));
    assertThat(row(id)).isEqualTo(before);
    people.expire(id);
    Map<String, Object> expired = row(id);
    people.confirm(code).andExpect(status().isUnprocessableContent());
    assertThat(row(id)).isEqualTo(expired);
    assertThat(people.statusOf(id)).isEqualTo("PENDING");
    assertThat(confirmedCount(event)).isEqualTo(1);
    // the code of the link works typed in any case, with spaces or as the link itself
    long other = pending(event, "CONFIRMED");
    String link = "http://localhost:8080/acara/konfirmasi/" + people.codeOf(other).toLowerCase();
    people.confirm(link).andExpect(status().isOk()).andExpect(jsonPath("$.ticket").isString());
  }

  @Test
  void thirty_invented_niks_from_one_address_hold_no_seat_once_their_time_passes()
      throws Exception {
    long event = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", 30));
    registrations.limitPerMinute(30); // the old per-address limit, for the attack as reported
    for (int i = 0; i < 30; i++) {
      from("10.20.30.41", event, EventFixture.candidate(nik())).andExpect(status().isAccepted());
    }
    registrations.limitPerMinute(100_000);
    Map<String, Object> honest = EventFixture.candidate(nik());
    register(event, honest).andExpect(jsonPath("$.place").value("WAITLISTED"));
    long person = people.newest(event, (String) honest.get("nik"));
    people.confirm(people.codeOf(person)).andExpect(jsonPath("$.status").value("WAITLISTED"));
    assertThat(count(event, "ticket is not null")).isEqualTo(1); // the 30 hold no ticket

    jdbc.sql(
            "update training_registration set confirm_by = now() - interval '1 minute'"
                + " where event_id = ? and status = 'PENDING'")
        .param(event)
        .update();
    releases.releaseAll();
    assertThat(count(event, "status = 'EXPIRED'")).isEqualTo(30);
    assertThat(people.statusOf(person)).isEqualTo("CONFIRMED");
    assertThat(count(event, "status = 'CONFIRMED'")).isEqualTo(1);
    assertThat(confirmedCount(event)).isEqualTo(1); // the 29 other seats are free again
  }

  @Test
  void one_phone_and_one_nik_register_a_few_times_an_hour() throws Exception {
    long event = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", 100));
    registrations.limitPerHour(5, 10);
    String phone = "0813" + (10_000_000 + System.nanoTime() % 89_999_999);
    for (int i = 0; i < 5; i++) {
      Map<String, Object> r = EventFixture.candidate(nik());
      r.put("phone", phone);
      from("10.1.0." + i, event, r).andExpect(status().isAccepted());
    }
    Map<String, Object> sixth = EventFixture.candidate(nik());
    sixth.put("phone", phone);
    long before = count(event, "true");
    from("10.1.0.9", event, sixth)
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "3600"));
    assertThat(count(event, "true")).isEqualTo(before);

    String nik = nik();
    for (int i = 0; i < 10; i++) {
      from("10.2.0." + i, event, EventFixture.candidate(nik)).andExpect(status().isAccepted());
    }
    from("10.2.0.99", event, EventFixture.candidate(nik)).andExpect(status().isTooManyRequests());
    assertThat(count(event, "true")).isEqualTo(before + 10);
  }

  @Test
  void a_hundred_people_behind_one_carrier_address_are_not_refused() throws Exception {
    long event = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", 500));
    registrations.limitPerMinute(600); // the default of application.yml
    for (int i = 0; i < 100; i++) {
      from("100.64.0.1", event, EventFixture.candidate(nik())).andExpect(status().isAccepted());
    }
    assertThat(count(event, "true")).isEqualTo(100);
  }

  @Test
  void a_second_registration_of_a_known_nik_answers_like_a_new_one_and_the_first_stays()
      throws Exception {
    long event = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", 5));
    String nik = nik();
    RegistrationFixture.Confirmed first =
        people.registerAndConfirm(event, EventFixture.candidate(nik), "CONFIRMED");
    notifier.tell(); // the first is told its place
    int toldFirst = notifications.about(RegistrationNotifier.TOPIC, first.id()).size();
    Map<String, Object> victim = EventFixture.candidate(nik);
    Map<?, ?> known = answer(register(event, victim));
    Map<?, ?> unknown = answer(register(event, EventFixture.candidate(nik())));
    assertThat(known.keySet()).isEqualTo(unknown.keySet());
    assertThat(known.get("status")).isEqualTo(unknown.get("status"));
    assertThat(known.get("place")).isEqualTo(unknown.get("place"));
    long second = people.newest(event, nik);
    // the code goes to the phone given now, not to the first registration's phone
    String code = people.codeOf(second);
    assertThat(notifications.about(RegistrationNotifier.TOPIC, second).get(0).recipientMasked())
        .endsWith(((String) victim.get("phone")).substring(8));
    assertThat(notifications.about(RegistrationNotifier.TOPIC, first.id())).hasSize(toldFirst);
    people.confirm(code).andExpect(status().isConflict());
    assertThat(people.statusOf(first.id())).isEqualTo("CONFIRMED");
    assertThat(ticketOf(first.id())).isEqualTo(first.ticket());
    assertThat(people.statusOf(second)).isEqualTo("REFUSED");
    assertThat(confirmedCount(event)).isEqualTo(2); // first and the unknown one; refused freed
  }

  @Test
  void unknown_answer_keys_are_refused_by_name_and_nothing_is_stored() throws Exception {
    long plain = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", 5));
    Map<String, Object> r = EventFixture.candidate(nik());
    r.put("answers", Map.of("filler", "x".repeat(10_000)));
    register(plain, r)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("answers.filler"));
    Map<String, Object> many = new LinkedHashMap<>();
    for (int i = 0; i < 2_000; i++) {
      many.put("k" + i, true);
    }
    r.put("answers", many);
    String body =
        register(plain, r)
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat((List<?>) json.readValue(body, Map.class).get("errors")).hasSize(5);
    assertThat(count(plain, "true")).isZero();

    Map<String, Object> e = EventFixture.event("SELECTION", 5);
    e.put("questions", List.of(Map.of("key", "hasProduct", "label", "Sudah punya produk?")));
    long asking = EventFixture.create(mvc, json, officer, e);
    r.put("answers", Map.of("hasProduct", "ya", "isRich", "ya"));
    register(asking, r)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("answers.isRich"));
    assertThat(count(asking, "true")).isZero();
    r.put("answers", Map.of("hasProduct", "ya"));
    register(asking, r).andExpect(status().isAccepted());
  }

  @Test
  void selection_ranks_only_applications_confirmed_before_the_ranking() throws Exception {
    long event = EventFixture.create(mvc, json, officer, EventFixture.event("SELECTION", 1));
    long confirmed = pending(event, "APPLIED");
    long unconfirmed = pending(event, "APPLIED");
    people.confirm(people.codeOf(confirmed)).andExpect(jsonPath("$.status").value("APPLIED"));
    String late = people.codeOf(unconfirmed);
    mvc.perform(post("/api/v1/events/" + event + "/close").header("Authorization", bearer(officer)))
        .andExpect(status().isNoContent());
    mvc.perform(
            post("/api/v1/events/" + event + "/selection/rank")
                .header("Authorization", bearer(officer)))
        .andExpect(jsonPath("$.applicants").value(1));
    assertThat(people.statusOf(unconfirmed)).isEqualTo("EXPIRED");
    assertThat(rankOf(unconfirmed)).isNull();
    assertThat(rankOf(confirmed)).isEqualTo(1);
    people.confirm(late).andExpect(status().isUnprocessableContent());
  }

  private long pending(long event, String place) throws Exception {
    Map<String, Object> r = EventFixture.candidate(nik());
    register(event, r)
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andExpect(jsonPath("$.place").value(place));
    long id = people.newest(event, (String) r.get("nik"));
    assertThat(ticketOf(id)).isNull();
    return id;
  }

  private ResultActions register(long event, Map<String, Object> body) throws Exception {
    return people.register(event, body);
  }

  private ResultActions from(String address, long event, Map<String, Object> body)
      throws Exception {
    return mvc.perform(
        post("/api/v1/events/" + event + "/registrations")
            .with(
                r -> {
                  r.setRemoteAddr(address);
                  return r;
                })
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private Map<?, ?> answer(ResultActions r) throws Exception {
    return json.readValue(
        r.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(),
        Map.class);
  }

  private static String nik() {
    return BusinessDraftFixture.nik(VILLAGE);
  }

  private Map<String, Object> row(long id) {
    return jdbc.sql(
            "select status, pending_place, ticket, confirm_hash, confirmed_at, arrival"
                + " from training_registration where id = ?")
        .param(id)
        .query()
        .singleRow();
  }

  private String ticketOf(long id) {
    return (String) row(id).get("ticket");
  }

  private String placeOf(long id) {
    return (String) row(id).get("pending_place");
  }

  private Integer rankOf(long id) {
    return jdbc.sql("select rank from training_registration where id = ?")
        .param(id)
        .query((rs, n) -> (Integer) rs.getObject(1))
        .list()
        .get(0);
  }

  private int confirmedCount(long event) {
    return jdbc.sql("select confirmed_count from training_event where id = ?")
        .param(event)
        .query(Integer.class)
        .single();
  }

  private long count(long event, String condition) {
    return jdbc.sql(
            "select count(*) from training_registration where event_id = ? and " + condition)
        .param(event)
        .query(Long.class)
        .single();
  }
}
