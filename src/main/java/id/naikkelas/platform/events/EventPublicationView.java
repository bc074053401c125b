package id.naikkelas.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One event handed to one listener that has not completed.
 *
 * @param id the publication's id
 * @param eventType the event's class
 * @param listener the listener's id (its class and method)
 * @param publishedAt when the publishing transaction stored it
 * @param lastResubmittedAt the last resubmission, if any
 * @param attempts runs of the listener so far, the first included
 * @param status where it stands
 * @param retriesExhausted the job has stopped resubmitting it: an administrator decides
 */
public record EventPublicationView(
    UUID id,
    String eventType,
    String listener,
    Instant publishedAt,
    Instant lastResubmittedAt,
    int attempts,
    PublicationStatus status,
    boolean retriesExhausted) {

  /** The event's class name without its package, for lists. */
  public String eventName() {
    return eventType.substring(eventType.lastIndexOf('.') + 1);
  }

  Instant lastTouched() {
    return lastResubmittedAt == null ? publishedAt : lastResubmittedAt;
  }
}
