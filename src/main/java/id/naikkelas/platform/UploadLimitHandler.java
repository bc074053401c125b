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
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit, or a form that is not an upload where one is expected, is refused
 * before any controller's advice sees it: the API gets a 413 (400) problem detail, a page the
 * friendly 413 (400) page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

  private final MessageSource messages;

  UploadLimitHandler(MessageSource messages) {
    this.messages = messages;
  }

  /** A form that should carry a file but is not an upload at all: the caller's mistake. */
  @ExceptionHandler(MultipartException.class)
  Object notAnUpload(HttpServletRequest request) {
    String detail =
        messages.getMessage("error.400.text", null, "Bad request", LocaleContextHolder.getLocale());
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
      problem.setType(URI.create("about:blank"));
      return ResponseEntity.badRequest()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    ModelAndView page = new ModelAndView("error", Map.of("status", 400));
    page.setStatus(HttpStatus.BAD_REQUEST);
    return page;
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
