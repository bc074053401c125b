package id.naikkelas.access;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class UserApiTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;
  @Autowired JdbcClient jdbc;

  @Test
  void an_admin_creates_an_officer_who_can_then_sign_in() throws Exception {
    String username = "siti.t" + System.nanoTime() % 1_000_000;
    createUser(
            fixture.adminToken(), username, "Kuat#Sekali2026", "Siti Aminah", "OFFICER", "35.24.17")
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/v1/users/")))
        .andExpect(jsonPath("$.id").isNumber());
    String token =
        mvc.perform(
                post("/api/v1/auth/token")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"username\":\"" + username + "\",\"password\":\"Kuat#Sekali2026\"}"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString()
            .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    mvc.perform(get("/api/v1/users/me").header("Authorization", bearer(token)))
        .andExpect(jsonPath("$.username").value(username))
        .andExpect(jsonPath("$.role").value("OFFICER"))
        .andExpect(jsonPath("$.scope").value("35.24.17"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "weak password      | Lemah2026   | OFFICER | 35.24    | password | 12 characters",
        "scope not a code   | Kuat#Sekali2026 | OFFICER | Lamongan | scope | Kemendagri region code",
        "unknown region     | Kuat#Sekali2026 | OFFICER | 35.24.99 | scope | No region has the code 35.24.99",
        "region not served  | Kuat#Sekali2026 | OFFICER | 31.71    | scope | not served",
        "scope missing      | Kuat#Sekali2026 | OFFICER | ''       | scope | region scope",
      })
  void bad_input_is_422_naming_the_field_and_nothing_is_stored(
      String why, String password, String role, String scope, String field, String message)
      throws Exception {
    long accountsBefore = count("account");
    long auditBefore = count("audit_entry");
    String username = "bad.t" + System.nanoTime() % 1_000_000;
    createUser(fixture.adminToken(), username, password, "Uji", role, scope)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
        .andExpect(jsonPath("$.detail", containsString(field)))
        .andExpect(jsonPath("$.errors[*].message", hasItem(containsString(message))));
    assertThat(count("account")).isEqualTo(accountsBefore);
    assertThat(count("audit_entry")).isEqualTo(auditBefore);
  }

  @Test
  void a_business_owner_has_no_region_scope() throws Exception {
    String username = "owner.t" + System.nanoTime() % 1_000_000;
    createUser(fixture.adminToken(), username, "Pemilik#Usaha2026", "Ibu Warung", "OWNER", "")
        .andExpect(status().isCreated());
    mvc.perform(
            get("/api/v1/users")
                .param("q", username)
                .header("Authorization", bearer(fixture.adminToken())))
        .andExpect(jsonPath("$.items[0].role").value("OWNER"))
        .andExpect(jsonPath("$.items[0].scope").doesNotExist());
  }

  @Test
  void a_duplicate_username_is_409_and_changes_nothing() throws Exception {
    String existing = fixture.open(Role.OFFICER, "35.24");
    long before = count("account");
    createUser(fixture.adminToken(), existing, "Kuat#Sekali2026", "Lain", "OFFICER", "35.08")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("username"));
    assertThat(count("account")).isEqualTo(before);
    assertThat(
            jdbc.sql("select scope from account where username = ?")
                .param(existing)
                .query(String.class)
                .single())
        .isEqualTo("35.24");
  }

  @Test
  void an_officer_may_not_create_accounts() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    createUser(
            fixture.token(officer),
            "x.t" + System.nanoTime() % 100000,
            "Kuat#Sekali2026",
            "X",
            "OFFICER",
            "35.24")
        .andExpect(status().isForbidden());
  }

  @Test
  void an_admin_of_lamongan_cannot_grant_lumajang_nor_see_its_accounts() throws Exception {
    String lamonganAdmin = fixture.open(Role.ADMIN, "35.24");
    String token = fixture.token(lamonganAdmin);
    long before = count("account");
    createUser(
            token, "lmj.t" + System.nanoTime() % 100000, "Kuat#Sekali2026", "X", "OFFICER", "35.08")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail", containsString("outside your own region scope")));
    assertThat(count("account")).isEqualTo(before);

    String lumajangOfficer = fixture.open(Role.OFFICER, "35.08");
    long id = idOf(lumajangOfficer);
    mvc.perform(get("/api/v1/users/" + id).header("Authorization", bearer(token)))
        .andExpect(status().isNotFound());
    mvc.perform(
            put("/api/v1/users/" + id)
                .header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":false}"))
        .andExpect(status().isNotFound());
    assertThat(
            jdbc.sql("select enabled from account where id = ?")
                .param(id)
                .query(Boolean.class)
                .single())
        .isTrue();
    mvc.perform(
            get("/api/v1/users").param("q", lumajangOfficer).header("Authorization", bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].username", not(hasItem(lumajangOfficer))));
  }

  @Test
  void the_admin_list_is_searchable_and_paged() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24.17");
    mvc.perform(
            get("/api/v1/users")
                .param("q", officer)
                .param("size", "5")
                .header("Authorization", bearer(fixture.adminToken())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].username").value(officer))
        .andExpect(jsonPath("$.size").value(5))
        .andExpect(jsonPath("$.items[0].password").doesNotExist());
    mvc.perform(
            get("/api/v1/users")
                .param("size", "0")
                .header("Authorization", bearer(fixture.adminToken())))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
  }

  @Test
  void an_edit_with_a_recently_used_password_is_refused() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    mvc.perform(
            put("/api/v1/users/" + idOf(officer))
                .header("Authorization", bearer(fixture.adminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"newPassword\":\"" + AccountFixture.PASSWORD + "\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
  }

  private ResultActions createUser(
      String token, String username, String password, String fullName, String role, String scope)
      throws Exception {
    return mvc.perform(
        post("/api/v1/users")
            .header("Authorization", bearer(token))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"username":"%s","password":"%s","fullName":"%s","role":"%s","scope":"%s"}"""
                    .formatted(username, password, fullName, role, scope)));
  }

  private long idOf(String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
