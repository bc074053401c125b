package id.naikkelas.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 answers of the API as RFC 9457 problem details, written before any controller runs.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REASON = ProblemResponses.class.getName() + ".reason";

  private final MessageSource messages;
  private final LocaleResolver locales;
  private final JsonMapper json;

  ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
    this.messages = messages;
    this.locales = locales;
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    Object reason = request.getAttribute(REASON);
    String key = reason == null ? "problem.unauthenticated" : reason.toString();
    response.setHeader("WWW-Authenticate", "Bearer");
    write(request, response, HttpStatus.UNAUTHORIZED, key, Map.of());
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden", Map.of());
  }

  void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String key,
      Map<String, Object> extra)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", status.getReasonPhrase());
    body.put("status", status.value());
    body.put("detail", messages.getMessage(key, null, key, locales.resolveLocale(request)));
    body.put("instance", request.getRequestURI());
    body.putAll(extra);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), body);
  }
}
