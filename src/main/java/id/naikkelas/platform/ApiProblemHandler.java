package id.naikkelas.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is an RFC 9457 problem detail. Field errors are listed under {@code errors} as
 * {@code {field, message}} and the first one is named in {@code detail}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private final MessageSource messages;

  ApiProblemHandler(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
    Locale locale = LocaleContextHolder.getLocale();
    List<Map<String, String>> errors = new ArrayList<>();
    for (FieldProblem p : e.problems()) {
      errors.add(
          Map.of(
              "field", p.field(),
              "message", messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)));
    }
    return fieldProblems(HttpStatus.valueOf(e.status()), errors);
  }

  @ExceptionHandler(AddressThrottle.TooMany.class)
  ResponseEntity<ProblemDetail> tooMany(AddressThrottle.TooMany e) {
    ResponseEntity<ProblemDetail> response =
        problem(HttpStatus.TOO_MANY_REQUESTS, "too many requests from this address");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
        .body(response.getBody());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, text(e.messageKey(), e.id()));
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, text(e.messageKey()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, text("problem.forbidden"));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    List<Map<String, String>> errors = new ArrayList<>();
    for (FieldError f : ex.getBindingResult().getFieldErrors()) {
      errors.add(Map.of("field", f.getField(), "message", messages.getMessage(f, locale)));
    }
    return ResponseEntity.unprocessableContent()
        .body(fieldProblems(HttpStatus.UNPROCESSABLE_CONTENT, errors).getBody());
  }

  private ResponseEntity<ProblemDetail> fieldProblems(
      HttpStatus status, List<Map<String, String>> errors) {
    String detail =
        errors.isEmpty()
            ? text("problem.invalid")
            : errors.get(0).get("field") + ": " + errors.get(0).get("message");
    ResponseEntity<ProblemDetail> response = problem(status, detail);
    response.getBody().setProperty("errors", errors);
    return response;
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setType(URI.create("about:blank"));
    return ResponseEntity.status(status).body(body);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
