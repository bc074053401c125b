package id.naikkelas.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The CSRF cookie over HTTPS is a {@code __Host-} cookie: no sibling subdomain can plant one. */
class CsrfCookieTest {

  @Test
  void over_https_the_token_cookie_is_host_only_secure_and_for_the_whole_site() {
    var tokens = SecurityConfiguration.csrfCookie(true);
    var request = new MockHttpServletRequest("GET", "/daftar");
    request.setContextPath("");
    var response = new MockHttpServletResponse();
    tokens.saveToken(tokens.generateToken(request), request, response);
    String cookie = response.getHeader("Set-Cookie");
    assertThat(cookie)
        .startsWith("__Host-NAIKKELAS_CSRF=")
        .contains("Path=/")
        .contains("Secure")
        .contains("HttpOnly")
        .doesNotContain("Domain");
  }

  @Test
  void without_https_the_cookie_keeps_its_plain_name() {
    var tokens = SecurityConfiguration.csrfCookie(false);
    var request = new MockHttpServletRequest("GET", "/daftar");
    var response = new MockHttpServletResponse();
    tokens.saveToken(tokens.generateToken(request), request, response);
    assertThat(response.getHeader("Set-Cookie")).startsWith("NAIKKELAS_CSRF=");
  }
}
