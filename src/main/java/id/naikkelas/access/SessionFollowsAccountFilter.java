package id.naikkelas.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a signed-in web session reads its account's row (one primary-key look-up) and
 * goes on only while the account is enabled and still has the epoch, role and scope the session
 * signed in with. Otherwise the session is ended and the request goes on signed out: a public page
 * is served to an anonymous visitor, any other page sends the browser to the login page (htmx and
 * JSON requests get a 401). See decision 0013.
 */
class SessionFollowsAccountFilter extends OncePerRequestFilter {

  private record State(boolean enabled, long epoch, String role, String scope) {}

  private final JdbcClient jdbc;

  SessionFollowsAccountFilter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Static files show nothing of the account: no look-up for them. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/webjars/")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/images/")
        || path.equals("/favicon.ico");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.getPrincipal() instanceof AccountPrincipal principal
        && !current(principal)) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
    }
    chain.doFilter(request, response);
  }

  private boolean current(AccountPrincipal principal) {
    Actor actor = principal.actor();
    return jdbc.sql("select enabled, session_epoch, role, scope from account where id = ?")
        .param(actor.id())
        .query(
            (rs, n) -> new State(rs.getBoolean(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
        .optional()
        .filter(State::enabled)
        .filter(s -> s.epoch() == principal.sessionEpoch())
        .filter(s -> actor.role().name().equals(s.role()))
        .filter(s -> Objects.equals(actor.scope(), s.scope()))
        .isPresent();
  }
}
