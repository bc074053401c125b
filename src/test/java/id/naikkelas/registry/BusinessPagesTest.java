package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class BusinessPagesTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired Registry registry;
  @Autowired JdbcClient jdbc;

  Authentication officer;
  String officerName;

  @BeforeEach
  void signIn() {
    officerName = accounts.open(Role.OFFICER, "35.24.17");
    officer = accounts.signedIn(officerName);
  }

  @Test
  void the_list_shows_masked_niks_and_serves_its_results_to_htmx() throws Exception {
    BusinessDraft draft = BusinessDraftFixture.draft("35.24.17.2007");
    registry.register(actor(), draft, BusinessSource.FORM);
    mvc.perform(get("/registry").param("q", draft.businessName()).with(authentication(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(draft.businessName())))
        .andExpect(content().string(containsString(draft.nik().substring(0, 4) + "********")))
        .andExpect(content().string(not(containsString(draft.nik()))));
    mvc.perform(
            get("/registry")
                .param("q", draft.businessName())
                .header("HX-Request", "true")
                .with(authentication(officer)))
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(containsString("id=\"business-results\"")));
  }

  @Test
  void a_bad_form_comes_back_with_a_summary_linking_to_each_field() throws Exception {
    long before = jdbc.sql("select count(*) from business").query(Long.class).single();
    mvc.perform(
            post("/registry")
                .with(authentication(officer))
                .with(csrf())
                .param("nik", "3524171208850000")
                .param("ownerName", "Sri")
                .param("businessName", "<script>alert(1)</script>")
                .param("kbliCodes", "10792")
                .param("capital", "-5")
                .param("villageCode", "35.08.01.2001"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("error-summary")))
        .andExpect(content().string(containsString("href=\"#nik\"")))
        .andExpect(content().string(containsString("href=\"#capital\"")))
        .andExpect(content().string(containsString("href=\"#villageCode\"")))
        .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
    assertThat(jdbc.sql("select count(*) from business").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void revealing_the_full_nik_is_recorded_in_the_audit_trail() throws Exception {
    BusinessDraft draft = BusinessDraftFixture.draft("35.24.17.2007");
    long id = registry.register(actor(), draft, BusinessSource.FORM).id();
    mvc.perform(get("/registry/" + id).with(authentication(officer)))
        .andExpect(content().string(not(containsString(draft.nik()))));
    mvc.perform(post("/registry/" + id + "/nik").with(authentication(officer)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(draft.nik())));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'READ_PERSONAL_DATA' and actor = ? and after_values ->> 'via' = ?")
                .param(officerName)
                .param("business " + id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void an_officer_verifies_through_the_page() throws Exception {
    long id =
        registry
            .register(actor(), BusinessDraftFixture.draft("35.24.17.2001"), BusinessSource.FORM)
            .id();
    mvc.perform(post("/registry/" + id + "/verify").with(authentication(officer)).with(csrf()))
        .andExpect(redirectedUrl("/registry/" + id));
    assertThat(
            jdbc.sql("select status from business where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("VERIFIED");
  }

  private Actor actor() {
    return new Actor(0, officerName, officerName, Role.OFFICER, "35.24.17");
  }
}
