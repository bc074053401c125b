package id.naikkelas.access.api;

import id.naikkelas.access.ApiTokens;
import id.naikkelas.access.IssuedToken;
import id.naikkelas.access.LoginRejectedException;
import id.naikkelas.platform.Throttled;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges a username and password for a bearer token. */
@RestController
@Tag(name = "Authentication")
class AuthApiController {

  private final ApiTokens tokens;
  private final MessageSource messages;

  AuthApiController(ApiTokens tokens, MessageSource messages) {
    this.tokens = tokens;
    this.messages = messages;
  }

  @PostMapping("/api/v1/auth/token")
  @SecurityRequirements
  @Throttled
  @ApiResponse(responseCode = "200", description = "The token and when it expires")
  @ApiResponse(responseCode = "401", description = "BAD_CREDENTIALS: the same for every refusal")
  @Operation(
      summary = "Issue a bearer token",
      description =
          "Rate-limited per username and address and per address (429 with Retry-After)."
              + " Every failed sign-in (unknown user, wrong password, disabled or locked account)"
              + " answers the same 401 BAD_CREDENTIALS. Repeated failures lock the account for the"
              + " caller's address, and at a higher count for every address; an unlock link goes"
              + " to the account's contact.")
  TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
    IssuedToken issued = tokens.issue(request.username(), request.password(), http.getRemoteAddr());
    return new TokenResponse(issued.token(), issued.expiresAt());
  }

  @ExceptionHandler(LoginRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(LoginRejectedException e) {
    HttpStatus status =
        e.reason() == LoginRejectedException.Reason.RATE_LIMITED
            ? HttpStatus.TOO_MANY_REQUESTS
            : HttpStatus.UNAUTHORIZED;
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            status,
            messages.getMessage(
                e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale()));
    body.setType(URI.create("about:blank"));
    body.setProperty("reason", e.reason().name());
    ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
    if (status == HttpStatus.TOO_MANY_REQUESTS) {
      response.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
    }
    return response.body(body);
  }
}
