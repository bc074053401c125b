package id.naikkelas.platform.events;

import java.time.Duration;
import java.time.Instant;

/**
 * When an incomplete publication may go to its listener again.
 *
 * <ul>
 *   <li>a completed one never;
 *   <li>a failed or a not yet started one, when an administrator asks, at once;
 *   <li>one in flight (processing, resubmitted) only once it has been quiet for {@code
 *       resubmitAfter}: then the process that ran it has stopped;
 *   <li>the job resubmits only what has been quiet for {@code resubmitAfter} and has had fewer than
 *       {@code maxAttempts} times; beyond the cap an administrator decides.
 * </ul>
 */
public class ResubmissionPolicy {

  private final Duration resubmitAfter;
  private final int maxAttempts;

  public ResubmissionPolicy(Duration resubmitAfter, int maxAttempts) {
    this.resubmitAfter = resubmitAfter;
    this.maxAttempts = maxAttempts;
  }

  /**
   * @param lastTouched the last resubmission, or the publication if there was none
   */
  public boolean mayResubmit(PublicationStatus status, Instant lastTouched, Instant now) {
    if (status == PublicationStatus.COMPLETED) {
      return false;
    }
    return !status.inFlight() || quiet(lastTouched, now);
  }

  /** The scheduled job's rule: quiet long enough and under the cap. */
  public boolean due(PublicationStatus status, Instant lastTouched, int attempts, Instant now) {
    return status != PublicationStatus.COMPLETED && quiet(lastTouched, now) && !exhausted(attempts);
  }

  /** The job has given up: only an administrator resubmits now. */
  public boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }

  private boolean quiet(Instant lastTouched, Instant now) {
    return !lastTouched.plus(resubmitAfter).isAfter(now);
  }
}
