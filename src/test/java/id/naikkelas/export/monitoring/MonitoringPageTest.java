package id.naikkelas.export.monitoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The visit form and the officers' list of follow-up actions. */
@IntegrationTest
class MonitoringPageTest {

  static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired Registry registry;
  @Autowired ExporterVisits visits;

  @Test
  void a_refused_visit_comes_back_with_the_error_summary_and_what_was_typed() throws Exception {
    RequestPostProcessor officer =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24")));
    long business = business("35.24.06.2001");
    mvc.perform(get("/export/exporters/" + business + "/visits/new").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"visit-form\"")))
        .andExpect(content().string(containsString("name=\"actions[4].dueOn\"")))
        .andExpect(content().string(containsString("Sertifikasi")));
    mvc.perform(
            post("/export/exporters/" + business + "/visits/new")
                .param("visitedOn", TODAY.minusDays(1).toString())
                .param("visitors", "Seksi Ekspor")
                .param("findings", "Pembeli minta sertifikat halal")
                .param("obstacles[0].category", "CERTIFICATION")
                .param("obstacles[0].checked", "true")
                .param("obstacles[3].category", "BUYER")
                .param("obstacles[3].checked", "true")
                .param("obstacles[3].note", "x".repeat(501))
                .param("actions[2].description", "Dampingi sertifikasi halal")
                .param("actions[2].owner", "Disperindag – Seksi Ekspor")
                .param("actions[2].dueOn", TODAY.minusDays(2).toString())
                .with(officer)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("error-summary")))
        .andExpect(content().string(containsString("href=\"#obstacles[3].note\"")))
        .andExpect(content().string(containsString("href=\"#actions[2].dueOn\"")))
        .andExpect(content().string(containsString("value=\"Dampingi sertifikasi halal\"")))
        .andExpect(content().string(containsString("Pembeli minta sertifikat halal")));
    mvc.perform(
            post("/export/exporters/" + business + "/visits/new")
                .param("visitedOn", TODAY.minusDays(1).toString())
                .param("visitors", "Seksi Ekspor")
                .param("findings", "Pembeli minta sertifikat halal")
                .param("obstacles[0].category", "CERTIFICATION")
                .param("obstacles[0].checked", "true")
                .param("actions[2].description", "Dampingi sertifikasi halal")
                .param("actions[2].owner", "Disperindag – Seksi Ekspor")
                .param("actions[2].dueOn", TODAY.plusDays(2).toString())
                .with(officer)
                .with(csrf()))
        .andExpect(redirectedUrl("/export/exporters/" + business))
        .andExpect(flash().attribute("done", "export.visit.page.recorded"));
  }

  @Test
  void an_owner_may_not_open_the_form_or_the_list() throws Exception {
    RequestPostProcessor owner = authentication(accounts.signedIn(accounts.open(Role.OWNER, null)));
    long business = business("35.24.06.2001");
    mvc.perform(get("/export/exporters/" + business + "/visits/new").with(owner))
        .andExpect(status().isForbidden());
    mvc.perform(get("/export/follow-ups").with(owner)).andExpect(status().isForbidden());
  }

  @Test
  void the_follow_up_list_marks_the_overdue_and_completes_one() throws Exception {
    String username = accounts.open(Role.OFFICER, "35.24.06.2002");
    RequestPostProcessor officer = authentication(accounts.signedIn(username));
    mvc.perform(get("/export/follow-ups").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"follow-ups-empty\"")));
    long business = business("35.24.06.2002");
    VisitView v =
        visits.record(
            ROOT,
            business,
            new VisitForm(
                TODAY.minusDays(10),
                "Seksi Ekspor",
                "Ongkos kirim naik",
                List.of(new VisitObstacleForm("LOGISTICS", null)),
                List.of(
                    new FollowUpForm("Bandingkan ongkos kargo", "Pemilik", TODAY.minusDays(1)),
                    new FollowUpForm("Ajukan ke pameran", "Seksi Ekspor", TODAY.plusDays(9)))));
    long overdue = v.actions().get(0).id();
    long open = v.actions().get(1).id();
    mvc.perform(get("/export/follow-ups").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"follow-up-" + overdue + "\"")))
        .andExpect(content().string(containsString("id=\"follow-up-" + open + "\"")))
        .andExpect(content().string(containsString("Lewat tenggat")))
        .andExpect(content().string(containsString("hx-confirm=")));
    mvc.perform(get("/export/follow-ups").param("overdue", "true").with(officer))
        .andExpect(content().string(containsString("id=\"follow-up-" + overdue + "\"")))
        .andExpect(content().string(not(containsString("id=\"follow-up-" + open + "\""))));
    mvc.perform(
            post("/export/follow-ups/" + overdue + "/complete")
                .param("note", "Sudah dibandingkan")
                .with(officer)
                .with(csrf()))
        .andExpect(redirectedUrl("/export/follow-ups"))
        .andExpect(flash().attribute("done", "export.followUp.page.completed"));
    mvc.perform(
            post("/export/follow-ups/" + overdue + "/complete")
                .param("overdue", "true")
                .with(officer)
                .with(csrf()))
        .andExpect(redirectedUrl("/export/follow-ups?overdue=true"))
        .andExpect(flash().attribute("refused", "workflow.refused"));
    mvc.perform(get("/export/follow-ups").param("overdue", "true").with(officer))
        .andExpect(content().string(containsString("id=\"follow-ups-empty\"")));
  }

  private long business(String village) {
    long b = registry.register(ROOT, BusinessDraftFixture.draft(village), BusinessSource.FORM).id();
    registry.verify(ROOT, b);
    return b;
  }
}
