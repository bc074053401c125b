package id.naikkelas.access;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class AuthApiTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;
  @Autowired JdbcClient jdbc;

  @Test
  void a_token_is_issued_for_a_right_password_and_opens_the_api() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24.17");
    String body =
        requestToken(officer, AccountFixture.PASSWORD)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.token", notNullValue()))
            .andExpect(jsonPath("$.expiresAt", notNullValue()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    mvc.perform(get("/api/v1/users/me").header("Authorization", bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value(officer))
        .andExpect(jsonPath("$.role").value("OFFICER"))
        .andExpect(jsonPath("$.scope").value("35.24.17"));
  }

  @Test
  void only_the_hash_of_a_token_is_stored() {
    String officer = fixture.open(Role.OFFICER, "35.24");
    String token = fixture.token(officer);
    assertThat(
            jdbc.sql("select count(*) from api_token where token_hash = ?")
                .param(token)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from api_token where token_hash = ?")
                .param(ApiTokens.hash(token))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void a_wrong_password_is_401_with_a_clear_reason() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    requestToken(officer, "Salah#Sandi2026")
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.reason").value("BAD_CREDENTIALS"))
        .andExpect(jsonPath("$.detail", containsString("salah")));
  }

  @Test
  void no_token_forged_token_and_expired_token_are_each_401() throws Exception {
    mvc.perform(get("/api/v1/users/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", "Bearer"));
    mvc.perform(get("/api/v1/users/me").header("Authorization", bearer("forged-token-value")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail", containsString("tidak dikenal")));

    String officer = fixture.open(Role.OFFICER, "35.24");
    String token = fixture.token(officer);
    jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where token_hash = ?")
        .param(ApiTokens.hash(token))
        .update();
    mvc.perform(
            get("/api/v1/users/me")
                .header("Authorization", bearer(token))
                .header("Accept-Language", "en"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail", containsString("expired")));
  }

  @Test
  void five_failures_lock_the_account_even_against_the_right_password() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    for (int i = 0; i < 5; i++) {
      requestToken(officer, "Salah#Sandi2026").andExpect(status().isUnauthorized());
    }
    // the lock holds against the right password, and answers like a wrong one (issue 9 #8)
    requestToken(officer, AccountFixture.PASSWORD)
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.reason").value("BAD_CREDENTIALS"));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'account' and after_values ->> 'lockedUntil' is not null and after_values ->> 'username' = ?")
                .param(officer)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void too_many_attempts_for_one_username_answer_429_with_retry_after() throws Exception {
    String nobody = "nobody.t" + System.nanoTime();
    for (int i = 0; i < 10; i++) {
      requestToken(nobody, "Salah#Sandi2026").andExpect(status().isUnauthorized());
    }
    requestToken(nobody, "Salah#Sandi2026")
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.reason").value("RATE_LIMITED"));
  }

  @Test
  void a_disabled_account_loses_its_tokens() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    String token = fixture.token(officer);
    long id =
        jdbc.sql("select id from account where username = ?")
            .param(officer)
            .query(Long.class)
            .single();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/v1/users/" + id)
                .header("Authorization", bearer(fixture.adminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":false}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enabled").value(false));
    mvc.perform(get("/api/v1/users/me").header("Authorization", bearer(token)))
        .andExpect(status().isUnauthorized());
    // refused, with the same answer as a wrong password (issue 9 #8)
    requestToken(officer, AccountFixture.PASSWORD)
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.reason").value("BAD_CREDENTIALS"));
  }

  private ResultActions requestToken(String username, String password) throws Exception {
    return mvc.perform(
        post("/api/v1/auth/token")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
  }
}
