package id.naikkelas.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 9 #11: the session id travels only in its cookie, never in a URL, and anonymous visitors of
 * public pages get no session at all; their forms still carry a CSRF token (kept in a cookie). Real
 * HTTP: MockMvc skips the container's session tracking.
 */
@IntegrationTest
class SessionlessPublicPagesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired WebApplicationContext context;

  /**
   * MockMvc's {@code csrf()} (other test classes of this JVM) swaps the shared CSRF filter's
   * repository for a session-based one for good; put the application's cookie repository back.
   */
  @BeforeEach
  void the_applications_csrf_repository() {
    WebTestUtils.setCsrfTokenRepository(
        new MockHttpServletRequest(context.getServletContext()),
        SecurityConfiguration.csrfCookie(false));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/",
        "/katalog",
        "/katalog?q=krupuk",
        "/umkm",
        "/acara",
        "/expo",
        "/regions",
        "/regions/35.24",
        "/regions/search?q=Sukodadi",
        "/daftar",
        "/login",
        "/login?error=bad",
        "/?lang=en"
      })
  void an_anonymous_get_of_a_public_page_creates_no_session(String path) {
    HttpResponse<String> response = new WebVisitor(port).get(path);

    assertThat(response.statusCode()).isEqualTo(200);
    assertNoSession(response);
  }

  @Test
  void an_anonymous_get_of_an_event_page_creates_no_session() {
    List<Long> events =
        jdbc.sql("select id from training_event order by id limit 3").query(Long.class).list();
    for (long id : events) {
      assertNoSession(new WebVisitor(port).get("/acara/" + id));
    }
    assertNoSession(new WebVisitor(port).get("/acara/987654321"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/no-such-page",
        "/regions/99.99",
        "/acara/987654321",
        "/katalog/produk/987654321",
        "/umkm/987654321",
        "/registry",
        "/home",
        "/admin/accounts",
        "/account/password"
      })
  void no_error_page_or_redirect_carries_the_session_id_in_a_url(String path) {
    HttpResponse<String> response = new WebVisitor(port).get(path, "Accept", "text/html");

    assertThat(response.statusCode()).isLessThan(500);
    assertThat(response.body()).doesNotContainIgnoringCase(";naikkelas_session");
    assertThat(response.body()).doesNotContainIgnoringCase("jsessionid");
    assertThat(WebVisitor.location(response)).doesNotContainIgnoringCase(";naikkelas_session");
    assertThat(WebVisitor.location(response)).doesNotContainIgnoringCase("jsessionid");
    assertNoSession(response);
  }

  @Test
  void a_public_form_still_needs_its_csrf_token_which_comes_in_a_cookie() {
    WebVisitor visitor = new WebVisitor(port);
    HttpResponse<String> page = visitor.get("/login");
    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c -> assertThat(c).startsWith("NAIKKELAS_CSRF=").containsIgnoringCase("HttpOnly"));

    HttpResponse<String> posted =
        visitor.post("/login", "/login", Map.of("username", "nobody.csrf", "password", "x"));
    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(WebVisitor.location(posted)).endsWith("/login?error=bad");

    HttpResponse<String> forged =
        new WebVisitor(port)
            .postRaw(
                "/login", Map.of("username", "nobody.csrf", "password", "x", "_csrf", "forged"));
    assertThat(forged.statusCode()).isEqualTo(403);
  }

  @Test
  void htmx_sends_the_token_of_the_layout_in_its_header() {
    WebVisitor visitor = new WebVisitor(port);
    String body = visitor.get("/regions").body();
    java.util.regex.Matcher header =
        java.util.regex.Pattern.compile(
                "hx-headers=\"\\{&quot;X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;")
            .matcher(body);
    assertThat(header.find()).as("hx-headers on the body").isTrue();

    HttpResponse<String> posted =
        visitor.postRaw(
            "/login",
            Map.of("username", "nobody.htmx", "password", "x"),
            "X-CSRF-TOKEN",
            header.group(1));
    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(WebVisitor.location(posted)).endsWith("/login?error=bad");
  }

  private static void assertNoSession(HttpResponse<String> response) {
    assertThat(response.headers().allValues("Set-Cookie"))
        .noneSatisfy(c -> assertThat(c).startsWith(WebVisitor.SESSION_COOKIE + "="));
  }
}
