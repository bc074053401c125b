package id.naikkelas.access;

/** A token request that did not pass: why, and for a rate limit how long to wait. */
public class LoginRejectedException extends RuntimeException {

  /** Why the login failed; each has its own message key {@code login.rejected.<reason>}. */
  public enum Reason {
    BAD_CREDENTIALS,
    LOCKED,
    DISABLED,
    PASSWORD_EXPIRED,
    RATE_LIMITED
  }

  private final Reason reason;
  private final long retryAfterSeconds;

  LoginRejectedException(Reason reason, long retryAfterSeconds) {
    super(reason.name());
    this.reason = reason;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public Reason reason() {
    return reason;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public String messageKey() {
    return "login.rejected." + reason.name();
  }
}
