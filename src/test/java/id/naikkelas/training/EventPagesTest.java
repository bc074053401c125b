package id.naikkelas.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.selfservice.SelfRegistration;
import id.naikkelas.registry.selfservice.SelfRegistrationForm;
import id.naikkelas.training.registration.RegistrationFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class EventPagesTest {

  static final String VILLAGE = "35.24.17.2007";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired SelfRegistration selfRegistration;
  @Autowired RegistrationFixture people;

  @Test
  void a_candidate_registers_on_the_public_page_gets_a_ticket_with_a_qr_code_and_can_withdraw()
      throws Exception {
    String officer = accounts.open(Role.OFFICER, "35.24.17");
    long event =
        EventFixture.create(
            mvc, json, accounts.token(officer), EventFixture.event("FIRST_COME", 10));
    mvc.perform(get("/acara"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/acara/" + event)));
    mvc.perform(get("/acara/" + event))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("registration-form")));

    mvc.perform(
            post("/acara/" + event)
                .param("nik", "123")
                .param("name", "")
                .param("phone", "0812")
                .param("villageCode", VILLAGE)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("error-summary")))
        .andExpect(content().string(containsString("href=\"#nik\"")));
    assertThat(countOf(event)).isZero();

    String nik = BusinessDraftFixture.nik(VILLAGE);
    String confirmPage =
        mvc.perform(
                post("/acara/" + event)
                    .param("nik", nik)
                    .param("name", "Ahmad Fauzi")
                    .param("phone", "081234567001")
                    .param("villageCode", VILLAGE)
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(confirmPage).startsWith("/acara/konfirmasi?tempat=CONFIRMED&sampai=");
    // finding 6: no ticket before the confirmation from the phone
    long id = people.newest(event, nik);
    assertThat(people.statusOf(id)).isEqualTo("PENDING");
    mvc.perform(get(confirmPage))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("check-your-phone")));
    String code = people.codeOf(id);
    mvc.perform(get("/acara/konfirmasi/" + code))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + code + "\"")));
    assertThat(people.statusOf(id)).isEqualTo("PENDING"); // opening the link changes nothing
    mvc.perform(post("/acara/konfirmasi").param("code", "ABCDEFGHJK").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#code\"")));
    String location =
        mvc.perform(post("/acara/konfirmasi").param("code", code).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).matches("/acara/tiket/[A-Z2-9]{10}");
    mvc.perform(get(location))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ticket-status")))
        .andExpect(content().string(containsString("qr.png")));
    byte[] png =
        mvc.perform(get(location + "/qr.png"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(png[1]).isEqualTo((byte) 'P');
    mvc.perform(post(location + "/batal").with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(statusOfTicket(location)).isEqualTo("CONFIRMED"); // not without the confirmation
    mvc.perform(post(location + "/batal").param("confirm", "true").with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(statusOfTicket(location)).isEqualTo("WITHDRAWN");
    mvc.perform(get("/acara/tiket/ABCDEFGHJK")).andExpect(status().isNotFound());
  }

  @Test
  void a_signed_in_owner_registers_in_two_clicks() throws Exception {
    String username = "acara.t" + System.nanoTime() % 1_000_000;
    selfRegistration.register(
        new SelfRegistrationForm(
            username,
            "Usaha#Sendiri2026",
            "Usaha#Sendiri2026",
            BusinessDraftFixture.draft(VILLAGE),
            true,
            ""),
        "10.77.0.1");
    long event =
        EventFixture.create(
            mvc,
            json,
            accounts.token(accounts.open(Role.OFFICER, "35.24.17")),
            EventFixture.event("FIRST_COME", 10));
    RequestPostProcessor owner = authentication(accounts.signedIn(username));
    mvc.perform(get("/acara/" + event).with(owner))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("register-me")));
    mvc.perform(post("/acara/" + event + "/daftar-saya").with(owner).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/acara/konfirmasi?tempat=CONFIRMED&sampai=*"));
    Map<String, Object> row =
        jdbc.sql(
                "select id, status, business_id, new_entrepreneur from training_registration"
                    + " where event_id = ?")
            .param(event)
            .query()
            .singleRow();
    // finding 6: the owner confirms too, with the code sent to the phone the registry holds
    assertThat(row.get("status")).isEqualTo("PENDING");
    String location =
        mvc.perform(
                post("/acara/konfirmasi")
                    .param("code", people.codeOf(((Number) row.get("id")).longValue()))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/acara/tiket/");
    assertThat(people.statusOf(((Number) row.get("id")).longValue())).isEqualTo("CONFIRMED");
    assertThat(row.get("business_id")).isNotNull();
    assertThat(row.get("new_entrepreneur")).isEqualTo(false);
    mvc.perform(get("/my/events").with(owner))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString(location.substring(location.lastIndexOf('/') + 1))));
    // a second click is refused with the reason, not a second place
    mvc.perform(post("/acara/" + event + "/daftar-saya").with(owner).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("owner-problem")));
    assertThat(countOf(event)).isEqualTo(1);
  }

  @Test
  void an_officer_creates_an_event_checks_people_in_prints_the_list_and_sees_outcomes()
      throws Exception {
    String officer = accounts.open(Role.OFFICER, "35.24.17");
    RequestPostProcessor as = authentication(accounts.signedIn(officer));
    mvc.perform(get("/training/events/new").with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("event-form")));
    mvc.perform(
            post("/training/events")
                .param("title", "")
                .param("quota", "abc")
                .param("regionScope", "35.24.17")
                .with(as)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#title\"")))
        .andExpect(content().string(containsString("href=\"#quota\"")));
    String location =
        mvc.perform(
                post("/training/events")
                    .param("title", "Studi Tiru UMKM Lamongan ke Batu")
                    .param("type", "STUDY_TRIP")
                    .param("mode", "FIRST_COME")
                    .param("quota", "30")
                    .param("registrationOpens", "2026-01-01T08:00")
                    .param("registrationCloses", "2027-01-01T08:00")
                    .param("regionScope", "35.24.17")
                    .param("startsOn", "2026-12-20")
                    .param("sessions", "1")
                    .param("minSessions", "1")
                    .param("place", "Kota Batu")
                    .param("organiser", "Dinas Koperasi dan Usaha Mikro")
                    .param("questions", "Sudah punya produk? ; 5")
                    .param("criteria[MICRO_BUSINESS]", "2")
                    .with(as)
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long event = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    Map<String, Object> candidate = EventFixture.candidate(BusinessDraftFixture.nik(VILLAGE));
    candidate.put("answers", Map.of("q1", true));
    String ticket = people.registerAndConfirm(event, candidate, "CONFIRMED").ticket();

    mvc.perform(get("/training/events/" + event).with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Siti Rohmah")))
        .andExpect(content().string(not(containsString(candidate.get("nik").toString()))));
    mvc.perform(
            post("/training/events/" + event + "/check-in")
                .param("code", ticket.toLowerCase())
                .param("session", "1")
                .header("HX-Request", "true")
                .with(as)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("checked-in")))
        .andExpect(content().string(not(containsString("<html"))));
    mvc.perform(
            post("/training/events/" + event + "/check-in")
                .param("code", "NOPE")
                .with(as)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("unknown-ticket")));
    mvc.perform(get("/training/events/" + event + "/attendance").with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("attendance-list")))
        .andExpect(content().string(containsString("Siti Rohmah")));
    mvc.perform(post("/training/events/" + event + "/certificates").with(as).with(csrf()))
        .andExpect(status().is3xxRedirection());
    String code =
        jdbc.sql(
                "select c.code from training_certificate c join training_registration r"
                    + " on r.id = c.registration_id where r.ticket = ?")
            .param(ticket)
            .query(String.class)
            .single();
    mvc.perform(get("/sertifikat/" + code))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"valid\"")));
    mvc.perform(get("/acara/tiket/" + ticket + "/sertifikat.pdf"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"));
    mvc.perform(get("/training/outcomes").with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("target-progress")));
    String lumajang = accounts.open(Role.OFFICER, "35.08");
    mvc.perform(get("/training/events/" + event).with(authentication(accounts.signedIn(lumajang))))
        .andExpect(status().isNotFound());
  }

  @Test
  void an_officer_selects_adjusts_confirms_withdraws_follows_up_and_revokes_from_the_pages()
      throws Exception {
    String officer = accounts.open(Role.OFFICER, "35.24.17");
    RequestPostProcessor as = authentication(accounts.signedIn(officer));
    Map<String, Object> e = EventFixture.event("SELECTION", 1);
    e.put("sessions", "1");
    e.put("minSessions", "1");
    long event = EventFixture.create(mvc, json, accounts.token(officer), e);
    String[] tickets = new String[3];
    long[] ids = new long[3];
    for (int i = 0; i < 3; i++) {
      var r =
          people.registerAndConfirm(
              event, EventFixture.candidate(BusinessDraftFixture.nik(VILLAGE)), "APPLIED");
      tickets[i] = r.ticket();
      ids[i] = r.id();
    }
    String page = "/training/events/" + event;
    mvc.perform(post(page + "/selection").with(as).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(rankOf(ids[0])).isNull(); // still open: refused, nothing ranked
    mvc.perform(post(page + "/close").with(as).with(csrf())).andExpect(status().is3xxRedirection());
    mvc.perform(post(page + "/selection").with(as).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(rankOf(ids[0])).isEqualTo(1);
    mvc.perform(
            post(page + "/registrations/" + ids[2] + "/adjustment")
                .param("points", "5")
                .param("reason", "Rekomendasi kepala desa")
                .with(as)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(rankOf(ids[2])).isEqualTo(1);
    mvc.perform(get(page).with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("confirm-selection")));
    mvc.perform(post(page + "/selection/confirm").with(as).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(statusOfTicket("/" + tickets[2])).isEqualTo("CONFIRMED");
    mvc.perform(post(page + "/registrations/" + ids[2] + "/withdraw").with(as).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(statusOfTicket("/" + tickets[0])).isEqualTo("CONFIRMED"); // next by rank
    mvc.perform(
            post(page + "/check-in")
                .param("code", tickets[0])
                .param("session", "1")
                .with(as)
                .with(csrf()))
        .andExpect(content().string(containsString("checked-in")));
    mvc.perform(
            post(page + "/registrations/" + ids[0] + "/follow-up")
                .param("wave", "3")
                .param("startedBusiness", "true")
                .param("obtainedPermit", "false")
                .param("sellsOnline", "true")
                .param("salesChangePct", "12,5")
                .with(as)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("select sales_change_pct from training_follow_up where registration_id = ?")
                .param(ids[0])
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("12.5");
    mvc.perform(post(page + "/certificates").with(as).with(csrf()))
        .andExpect(status().is3xxRedirection());
    String code =
        jdbc.sql("select code from training_certificate where registration_id = ?")
            .param(ids[0])
            .query(String.class)
            .single();
    mvc.perform(
            post("/training/certificates/" + code + "/revoke")
                .param("eventId", String.valueOf(event))
                .param("reason", "Salah nama")
                .with(as)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    // finding 9: a revoked certificate answers like an unknown code, naming no event
    mvc.perform(get("/sertifikat/" + code))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("id=\"invalid\"")))
        .andExpect(content().string(not(containsString(e.get("title").toString()))));
    mvc.perform(get("/sertifikat/ZZZZZZZZZZZZ"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("id=\"invalid\"")));
  }

  private Integer rankOf(long id) {
    return jdbc.sql("select rank from training_registration where id = ?")
        .param(id)
        .query((rs, n) -> (Integer) rs.getObject(1))
        .list()
        .get(0);
  }

  private String statusOfTicket(String location) {
    return jdbc.sql("select status from training_registration where ticket = ?")
        .param(location.substring(location.lastIndexOf('/') + 1))
        .query(String.class)
        .single();
  }

  private long countOf(long event) {
    return jdbc.sql("select count(*) from training_registration where event_id = ?")
        .param(event)
        .query(Long.class)
        .single();
  }
}
