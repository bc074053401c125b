package id.naikkelas.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9 #3: an open web session follows its account. Disabling, re-scoping or a new role ends it
 * at its next request (real HTTP: the servlet container's sessions, not MockMvc's).
 */
@IntegrationTest
class SessionsFollowTheAccountTest {

  private static final Actor ROOT = new Actor(0, "test", "test", Role.ADMIN, "35");

  @LocalServerPort int port;
  @Autowired AccountFixture fixture;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void a_disabled_officers_open_sessions_are_refused_at_their_next_request() {
    String officer = fixture.open(Role.OFFICER, "35.24.17");
    WebVisitor page = signedIn(officer);
    WebVisitor htmx = signedIn(officer);
    WebVisitor json = signedIn(officer);
    assertThat(page.get("/registry").statusCode()).isEqualTo(200);
    assertThat(htmx.get("/registry", "HX-Request", "true").statusCode()).isEqualTo(200);

    accounts.setEnabled(ROOT, idOf(officer), false);

    HttpResponse<String> refused = page.get("/registry");
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(WebVisitor.location(refused)).endsWith("/login");
    HttpResponse<String> fragment = htmx.get("/registry", "HX-Request", "true");
    assertThat(fragment.statusCode()).isEqualTo(401);
    assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/login");
    assertThat(fragment.body()).doesNotContain("<table");
    HttpResponse<String> api = json.get("/home", "Accept", "application/json");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.body()).contains("Sesi Anda sudah berakhir");

    // the sessions are over for good: enabling the account again does not revive them
    accounts.setEnabled(ROOT, idOf(officer), true);
    assertThat(page.get("/home").statusCode()).isEqualTo(302);
    assertThat(signedIn(officer).get("/home").statusCode()).isEqualTo(200);
  }

  @Test
  void a_re_scoped_officers_session_ends_and_a_new_sign_in_sees_the_new_scope() {
    String officer = fixture.open(Role.OFFICER, "35.24");
    WebVisitor web = signedIn(officer);
    assertThat(web.get("/home").body()).contains("Kabupaten Lamongan");

    accounts.update(
        ROOT, idOf(officer), new AccountChanges("Akun Uji", Role.OFFICER, "35.24.17", true, null));

    HttpResponse<String> refused = web.get("/registry");
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(WebVisitor.location(refused)).endsWith("/login");
    String home = signedIn(officer).get("/home").body();
    assertThat(home).contains("Sukodadi");
  }

  @Test
  void a_demoted_officers_session_ends() {
    String officer = fixture.open(Role.OFFICER, "35.24");
    WebVisitor web = signedIn(officer);
    assertThat(web.get("/registry").statusCode()).isEqualTo(200);

    accounts.update(
        ROOT, idOf(officer), new AccountChanges("Akun Uji", Role.VIEWER, "35.24", true, null));

    assertThat(WebVisitor.location(web.get("/registry"))).endsWith("/login");
    assertThat(web.get("/home").statusCode()).isEqualTo(302);
  }

  @Test
  void an_ended_session_on_a_public_page_is_served_signed_out() {
    String officer = fixture.open(Role.OFFICER, "35.24");
    WebVisitor web = signedIn(officer);
    accounts.setEnabled(ROOT, idOf(officer), false);

    HttpResponse<String> catalogue = web.get("/katalog");
    assertThat(catalogue.statusCode()).isEqualTo(200);
    assertThat(catalogue.body()).contains("href=\"/login\"").doesNotContain("action=\"/logout\"");
    assertThat(web.get("/home").statusCode()).isEqualTo(302);
  }

  @Test
  void a_new_name_alone_keeps_the_session() {
    String officer = fixture.open(Role.OFFICER, "35.24");
    WebVisitor web = signedIn(officer);

    accounts.update(
        ROOT, idOf(officer), new AccountChanges("Nama Baru", Role.OFFICER, "35.24", true, null));

    assertThat(web.get("/home").statusCode()).isEqualTo(200);
  }

  private WebVisitor signedIn(String username) {
    return new WebVisitor(port).signIn(username, AccountFixture.PASSWORD);
  }

  private long idOf(String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
