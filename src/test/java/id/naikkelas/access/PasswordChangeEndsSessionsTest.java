package id.naikkelas.access;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9 #4: a new password, set by its owner or by an administrator, ends every other session of
 * the account and revokes every API token; the owner's own session goes on under a new id.
 */
@IntegrationTest
class PasswordChangeEndsSessionsTest {

  private static final String NEW_PASSWORD = "Sandi#Baru2026x";

  @LocalServerPort int port;
  @Autowired AccountFixture fixture;
  @Autowired JdbcClient jdbc;

  @Test
  void changing_ones_own_password_ends_the_other_sessions_and_every_token() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    WebVisitor here = signedIn(officer, AccountFixture.PASSWORD);
    WebVisitor elsewhere = signedIn(officer, AccountFixture.PASSWORD);
    String token = fixture.token(officer);
    String otherToken = fixture.token(officer);
    assertThat(me(token).statusCode()).isEqualTo(200);
    String sessionBefore = here.sessionId().orElseThrow();

    HttpResponse<String> changed =
        here.post(
            "/account/password",
            "/account/password",
            Map.of(
                "currentPassword", AccountFixture.PASSWORD,
                "newPassword", NEW_PASSWORD,
                "confirmPassword", NEW_PASSWORD));

    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(WebVisitor.location(changed)).endsWith("/home");
    assertThat(here.get("/home").statusCode()).isEqualTo(200);
    assertThat(here.sessionId()).isPresent().isNotEqualTo(java.util.Optional.of(sessionBefore));
    assertThat(WebVisitor.location(elsewhere.get("/home"))).endsWith("/login");
    assertThat(me(token).statusCode()).isEqualTo(401);
    assertThat(me(otherToken).statusCode()).isEqualTo(401);
    assertThat(tokensOf(officer)).isZero();
    assertThat(signedIn(officer, NEW_PASSWORD).get("/home").statusCode()).isEqualTo(200);
  }

  @Test
  void a_refused_password_change_ends_nothing() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    WebVisitor here = signedIn(officer, AccountFixture.PASSWORD);
    WebVisitor elsewhere = signedIn(officer, AccountFixture.PASSWORD);
    String token = fixture.token(officer);

    HttpResponse<String> refused =
        here.post(
            "/account/password",
            "/account/password",
            Map.of(
                "currentPassword", "Salah#Sandi2026",
                "newPassword", NEW_PASSWORD,
                "confirmPassword", NEW_PASSWORD));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Kata sandi sekarang salah");
    assertThat(elsewhere.get("/home").statusCode()).isEqualTo(200);
    assertThat(me(token).statusCode()).isEqualTo(200);
  }

  @Test
  void an_administrators_reset_ends_every_session_and_token() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    WebVisitor web = signedIn(officer, AccountFixture.PASSWORD);
    String token = fixture.token(officer);

    HttpResponse<String> reset =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/users/" + idOf(officer)))
                    .header("Authorization", bearer(fixture.adminToken()))
                    .header("Content-Type", "application/json")
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"newPassword\":\"" + NEW_PASSWORD + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(WebVisitor.location(web.get("/home"))).endsWith("/login");
    assertThat(me(token).statusCode()).isEqualTo(401);
    assertThat(me(fixture.adminToken()).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> me(String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base() + "/api/v1/users/me"))
                .header("Authorization", bearer(token))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private WebVisitor signedIn(String username, String password) {
    return new WebVisitor(port).signIn(username, password);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private long tokensOf(String username) {
    return jdbc.sql("select count(*) from api_token where account_id = ?")
        .param(idOf(username))
        .query(Long.class)
        .single();
  }

  private long idOf(String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
