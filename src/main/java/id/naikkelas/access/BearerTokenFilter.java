package id.naikkelas.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request by its {@code Authorization: Bearer} token. A token that is expired or
 * unknown is answered 401 at once, with the reason, rather than treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";

  private final ApiTokens tokens;
  private final ProblemResponses problems;

  BearerTokenFilter(ApiTokens tokens, ProblemResponses problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      chain.doFilter(request, response);
      return;
    }
    ApiTokens.Lookup lookup = tokens.lookup(header.substring(PREFIX.length()));
    if (lookup instanceof ApiTokens.Lookup.Valid valid) {
      var auth =
          UsernamePasswordAuthenticationToken.authenticated(
              valid.principal(), null, valid.principal().getAuthorities());
      auth.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(auth);
      SecurityContextHolder.setContext(context);
      chain.doFilter(request, response);
    } else if (lookup instanceof ApiTokens.Lookup.Expired) {
      reject(request, response, "problem.token.expired");
    } else {
      reject(request, response, "problem.token.invalid");
    }
  }

  private void reject(HttpServletRequest request, HttpServletResponse response, String key)
      throws IOException {
    request.setAttribute(ProblemResponses.REASON, key);
    problems.commence(request, response, null);
  }
}
