package id.naikkelas.platform.events;

import java.time.Clock;
import java.time.Instant;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits, on a schedule, incomplete publications that have been quiet for {@code
 * naikkelas.events.resubmit-after} and are under the attempt cap ({@link ResubmissionPolicy#due}).
 * Several application nodes may run it at once: the registry marks a publication resubmitted only
 * once.
 */
@Component
class ResubmissionJob {

  private final IncompleteEventPublications incomplete;
  private final ResubmissionPolicy policy;
  private final Clock clock;

  ResubmissionJob(IncompleteEventPublications incomplete, ResubmissionPolicy policy, Clock clock) {
    this.incomplete = incomplete;
    this.policy = policy;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${naikkelas.events.resubmit-interval:1m}",
      fixedDelayString = "${naikkelas.events.resubmit-interval:1m}")
  void resubmitDue() {
    Instant now = clock.instant();
    incomplete.resubmitIncompletePublications(p -> due(p, now));
  }

  private boolean due(EventPublication publication, Instant now) {
    PublicationStatus status =
        publication.getStatus() == null
            ? PublicationStatus.PUBLISHED
            : PublicationStatus.valueOf(publication.getStatus().name());
    Instant lastTouched =
        publication.getLastResubmissionDate() == null
            ? publication.getPublicationDate()
            : publication.getLastResubmissionDate();
    return policy.due(status, lastTouched, publication.getCompletionAttempts(), now);
  }
}
