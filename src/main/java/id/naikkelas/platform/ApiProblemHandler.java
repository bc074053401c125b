package id.naikkelas.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10)
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

  /** A refused workflow action: 409, naming the current state and the action. */
  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<ProblemDetail> refused(IllegalTransitionException e) {
    ResponseEntity<ProblemDetail> response = invalid(e);
    response.getBody().setProperty("currentState", e.currentState());
    response.getBody().setProperty("action", e.action());
    return response;
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

  /** A body that is not JSON, or holds a value of the wrong type or form: the field is named. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (BodyProblems.tooLarge(ex)) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, text("problem.bodyTooLarge")).getBody());
    }
    BodyProblems.Field field = BodyProblems.field(ex);
    if (field == null) {
      return ResponseEntity.badRequest()
          .body(problem(HttpStatus.BAD_REQUEST, text("problem.malformedJson")).getBody());
    }
    return ResponseEntity.unprocessableContent()
        .body(
            fieldProblems(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    List.of(
                        Map.of(
                            "field",
                            field.path(),
                            "message",
                            text(field.messageKey(), field.args()))))
                .getBody());
  }

  /** A parameter or path variable of the wrong form ({@code priceFrom=abc}): named. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = ex.getPropertyName() == null ? "value" : ex.getPropertyName();
    return ResponseEntity.unprocessableContent()
        .body(
            fieldProblems(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    List.of(Map.of("field", name, "message", text("field.malformed"))))
                .getBody());
  }

  /**
   * The last line of defence: a value the checks let through but the database refuses (a number or
   * text beyond a column, a broken character) is the caller's error, not the server's.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> refusedByDatabase(DataIntegrityViolationException e) {
    if (BodyProblems.sqlStateClass(e, "23")) {
      return problem(HttpStatus.CONFLICT, text("problem.conflict"));
    }
    if (BodyProblems.sqlStateClass(e, "22")) {
      return problem(HttpStatus.UNPROCESSABLE_CONTENT, text("problem.valueOutOfRange"));
    }
    throw e;
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
