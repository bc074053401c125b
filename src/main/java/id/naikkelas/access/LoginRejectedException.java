package id.naikkelas.access;

/** A token request that did not pass: why, and for a rate limit how long to wait. */
public class LoginRejectedException extends RuntimeException {

  /**
   * Why the login failed; each has its own message key {@code login.rejected.<reason>}. An unknown
   * user, a wrong password, a disabled and a locked account are all {@code BAD_CREDENTIALS}, so the
   * answer tells a stranger nothing about the account.
   */
  public enum Reason {
    BAD_CREDENTIALS,
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
