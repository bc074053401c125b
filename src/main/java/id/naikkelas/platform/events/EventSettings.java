package id.naikkelas.platform.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How listeners run and how incomplete publications are retried.
 *
 * @param listenerThreads threads that run {@code @ApplicationModuleListener}s
 * @param listenerQueue reactions that may wait for a thread; beyond it a reaction is refused and
 *     stays incomplete until the resubmission job takes it up
 * @param shutdownWait how long a stop waits for running reactions (the rest run again at start)
 * @param resubmitAfter how long a publication stays untouched before the job resubmits it
 * @param resubmitInterval how often the job looks
 * @param maxAttempts runs of a listener (the first included) after which the job stops
 *     resubmitting; an administrator still can
 * @param keepCompleted how long a completed publication is kept before the purge deletes it
 *     (ISO-8601 {@code P30D} or {@code 30d}); incomplete ones are always kept
 * @param purgeInterval how often the purge runs
 */
@ConfigurationProperties("naikkelas.events")
public record EventSettings(
    @DefaultValue("4") int listenerThreads,
    @DefaultValue("1000") int listenerQueue,
    @DefaultValue("30s") Duration shutdownWait,
    @DefaultValue("5m") Duration resubmitAfter,
    @DefaultValue("1m") Duration resubmitInterval,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("P30D") Duration keepCompleted,
    @DefaultValue("1h") Duration purgeInterval) {

  public EventSettings {
    if (keepCompleted.isNegative() || keepCompleted.isZero()) {
      throw new IllegalArgumentException(
          "naikkelas.events.keep-completed must be a positive duration, not " + keepCompleted);
    }
  }
}
