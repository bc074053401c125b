package id.naikkelas.registry;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9, finding 14: the export with full NIKs and phones is a POST — with the page's CSRF token
 * after a confirmation that says it is logged, or with a bearer token on the API — so that a link
 * from another site cannot download it under a signed-in officer's name.
 */
@IntegrationTest
class FullExportTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Registry registry;

  String officerName;
  Authentication officer;
  BusinessDraft draft;

  @BeforeEach
  void aBusinessOfSukodadi() {
    officerName = accounts.open(Role.OFFICER, "35.24.17");
    officer = accounts.signedIn(officerName);
    draft = BusinessDraftFixture.draft("35.24.17.2007");
    registry.register(
        new Actor(0, officerName, officerName, Role.OFFICER, "35.24.17"),
        draft,
        BusinessSource.FORM);
  }

  @Test
  void the_api_answers_405_naming_the_field_to_a_get_for_full_values() throws Exception {
    String token = accounts.token(officerName);
    long logged = fullExports();

    mvc.perform(
            get("/api/v1/businesses/export")
                .param("format", "csv")
                .param("q", draft.nik())
                .param("fullPersonalData", "true")
                .header("Authorization", bearer(token))
                .header("Accept-Language", "en"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(header().string("Allow", containsString("POST")))
        .andExpect(jsonPath("$.status").value(405))
        .andExpect(jsonPath("$.errors[0].field").value("fullPersonalData"))
        .andExpect(jsonPath("$.errors[0].message", containsString("POST")))
        .andExpect(content().string(not(containsString(draft.nik()))));
    assertThat(fullExports()).isEqualTo(logged);

    String masked =
        mvc.perform(
                get("/api/v1/businesses/export")
                    .param("format", "csv")
                    .param("q", draft.nik())
                    .header("Authorization", bearer(token)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(masked).contains(draft.businessName()).doesNotContain(draft.nik());
    assertThat(fullExports()).isEqualTo(logged);
  }

  @Test
  void a_page_link_for_full_values_leads_to_a_confirmation_that_says_it_is_logged()
      throws Exception {
    long logged = fullExports();
    mvc.perform(
            get("/registry/export")
                .param("format", "csv")
                .param("full", "true")
                .param("q", draft.businessName())
                .with(authentication(officer)))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            redirectedUrl(
                "/registry/export/full?format=csv&q=" + draft.businessName().replace(" ", "%20")));
    assertThat(fullExports()).isEqualTo(logged);

    mvc.perform(
            get("/registry/export/full")
                .param("format", "csv")
                .param("q", draft.businessName())
                .with(authentication(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"export-logged\"")))
        .andExpect(content().string(containsString("jejak audit")))
        .andExpect(content().string(containsString("method=\"post\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")))
        .andExpect(content().string(containsString("value=\"" + draft.businessName() + "\"")))
        .andExpect(content().string(not(containsString(draft.nik()))));
    assertThat(fullExports()).isEqualTo(logged);
  }

  @Test
  void the_full_file_comes_only_from_a_post_with_the_csrf_token_and_is_audited() throws Exception {
    long logged = fullExports();

    mvc.perform(
            post("/registry/export")
                .param("format", "csv")
                .param("full", "true")
                .param("q", draft.nik())
                .with(authentication(officer)))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(draft.nik()))));
    assertThat(fullExports()).isEqualTo(logged);

    String file =
        mvc.perform(
                post("/registry/export")
                    .param("format", "csv")
                    .param("full", "true")
                    .param("q", draft.nik())
                    .with(authentication(officer))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(file).contains(draft.nik()).contains("+6281234567890");
    assertThat(fullExports()).isEqualTo(logged + 1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'READ_PERSONAL_DATA'"
                        + " and entity_type = 'business-export' and actor = ?")
                .param(officerName)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private long fullExports() {
    return jdbc.sql(
            "select count(*) from audit_entry where action = 'READ_PERSONAL_DATA'"
                + " and entity_type = 'business-export'")
        .query(Long.class)
        .single();
  }
}
