package id.naikkelas.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit is refused before any controller is chosen, so no controller's
 * advice sees it: the API gets a 413 problem detail, a page the friendly 413 page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

  private final MessageSource messages;

  UploadLimitHandler(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
    String detail =
        messages.getMessage(
            "error.413.text", null, "Payload too large", LocaleContextHolder.getLocale());
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
      problem.setType(URI.create("about:blank"));
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    ModelAndView page = new ModelAndView("error", Map.of("status", 413));
    page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
    return page;
  }
}
