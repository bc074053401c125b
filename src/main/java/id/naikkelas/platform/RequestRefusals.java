package id.naikkelas.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request refused before any controller: the API a problem detail, a page the error page
 * (through the container's error dispatch).
 */
class RequestRefusals {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MessageSource messages;

  RequestRefusals(MessageSource messages) {
    this.messages = messages;
  }

  void badParameter(HttpServletRequest request, HttpServletResponse response, String name)
      throws IOException {
    String message = text(request, "field.text.control");
    answer(
        request,
        response,
        HttpStatus.BAD_REQUEST,
        name + ": " + message,
        List.of(Map.of("field", name, "message", message)));
  }

  void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    answer(
        request,
        response,
        HttpStatus.PAYLOAD_TOO_LARGE,
        text(request, "problem.bodyTooLarge"),
        null);
  }

  private void answer(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String detail,
      List<Map<String, String>> errors)
      throws IOException {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.sendError(status.value());
      return;
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    if (errors != null) {
      problem.put("errors", errors);
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), problem);
  }

  private String text(HttpServletRequest request, String key, Object... args) {
    return messages.getMessage(key, args, key, request.getLocale());
  }
}
