package id.naikkelas.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A signed-out visitor (or a session that has just been ended) asking for a page that needs an
 * account: a browser goes to the login page; an htmx request gets a 401 with {@code HX-Redirect} to
 * it (so htmx does not swap the login page into a fragment), and a JSON request a 401 problem.
 */
class PageEntryPoint implements AuthenticationEntryPoint {

  private final LoginUrlAuthenticationEntryPoint login =
      new LoginUrlAuthenticationEntryPoint("/login");
  private final ProblemResponses problems;

  PageEntryPoint(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, jakarta.servlet.ServletException {
    boolean htmx = "true".equals(request.getHeader("HX-Request"));
    if (!htmx && !wantsJson(request)) {
      login.commence(request, response, e);
      return;
    }
    if (htmx) {
      response.setHeader("HX-Redirect", request.getContextPath() + "/login");
    }
    problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.signedOut", Map.of());
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("json") && !accept.contains("text/html");
  }
}
