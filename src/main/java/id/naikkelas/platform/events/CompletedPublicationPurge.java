package id.naikkelas.platform.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, on a schedule, completed publications older than {@code naikkelas.events.keep-completed}
 * (their completion date decides), through Spring Modulith's {@link CompletedEventPublications}.
 * Incomplete publications are never deleted: they wait for a resubmission or an administrator.
 * Several nodes may run it at once: a delete is harmless twice.
 */
@Component
public class CompletedPublicationPurge {

  private static final Logger log = LoggerFactory.getLogger(CompletedPublicationPurge.class);

  private final CompletedEventPublications completed;
  private final EventSettings settings;

  CompletedPublicationPurge(CompletedEventPublications completed, EventSettings settings) {
    this.completed = completed;
    this.settings = settings;
  }

  /** Deletes the completed publications older than the setting; public for tests to call. */
  @Scheduled(
      initialDelayString = "${naikkelas.events.purge-interval:1h}",
      fixedDelayString = "${naikkelas.events.purge-interval:1h}")
  public void purge() {
    completed.deletePublicationsOlderThan(settings.keepCompleted());
    log.debug("Deleted completed event publications older than {}", settings.keepCompleted());
  }
}
