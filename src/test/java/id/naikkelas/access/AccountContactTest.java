package id.naikkelas.access;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The account's own contact, where unlock links go: stored encrypted, shown masked. */
@IntegrationTest
class AccountContactTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;
  @Autowired JdbcClient jdbc;

  @Test
  void an_administrator_sets_a_contact_that_is_stored_encrypted_and_shown_masked()
      throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    long id = idOf(officer);

    edit(id, "{\"contact\":\"0812-3456-7890\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contactMasked").value("+62812****7890"));
    assertThat(stored(id)).isNotNull().doesNotContain("7890");

    edit(id, "{\"fullName\":\"Nama Lain\"}")
        .andExpect(jsonPath("$.contactMasked").value("+62812****7890"));
    edit(id, "{\"contact\":\"\"}").andExpect(jsonPath("$.contactMasked").doesNotExist());
    assertThat(stored(id)).isNull();
  }

  @Test
  void a_bad_contact_is_422_naming_the_field_and_changes_nothing() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    long id = idOf(officer);
    edit(id, "{\"contact\":\"siti@lamongankab.go.id\"}").andExpect(status().isOk());
    long audit = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

    edit(id, "{\"contact\":\"<b>bukan</b>\",\"fullName\":\"Diganti\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("contact"));

    assertThat(
            jdbc.sql("select contact_masked from account where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("s***@lamongankab.go.id");
    assertThat(
            jdbc.sql("select full_name from account where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isNotEqualTo("Diganti");
    assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single())
        .isEqualTo(audit);
  }

  @Test
  void the_admin_form_takes_a_contact_and_shows_it_masked() throws Exception {
    var admin = authentication(fixture.signedIn("admin"));
    String username = "form.t" + System.nanoTime() % 100000;
    String location =
        mvc.perform(
                post("/admin/accounts")
                    .with(admin)
                    .with(csrf())
                    .param("username", username)
                    .param("password", AccountFixture.PASSWORD)
                    .param("fullName", "Lewat Formulir")
                    .param("role", "OFFICER")
                    .param("scope", "35.24")
                    .param("contact", "Form.Kontak@Lamongankab.go.id"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(location).with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("f***@lamongankab.go.id")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("form.kontak@"))));
  }

  private org.springframework.test.web.servlet.ResultActions edit(long id, String json)
      throws Exception {
    return mvc.perform(
        put("/api/v1/users/" + id)
            .header("Authorization", bearer(fixture.adminToken()))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private String stored(long id) {
    return jdbc.sql("select contact_cipher from account where id = ?")
        .param(id)
        .query((rs, n) -> rs.getString(1))
        .list()
        .get(0);
  }

  private long idOf(String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
