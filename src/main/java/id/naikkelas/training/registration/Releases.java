package id.naikkelas.training.registration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases the places of registrations not confirmed in time: each becomes {@code EXPIRED} and its
 * seat goes to the next in line, one statement each ({@link Places}), oldest arrival first. A job
 * runs every {@code naikkelas.training.release-interval}; an officer's list and new registrations
 * of an event release its due places on demand, so nobody waits for the job.
 */
@Component
class Releases {

  private static final Duration ON_DEMAND_GAP = Duration.ofSeconds(5);

  private final JdbcClient jdbc;
  private final Places places;
  private final Clock clock;

  /** When each event's due places were last released on demand (registrations come in rushes). */
  private final Cache<Long, Instant> lastOnDemand =
      Caffeine.newBuilder().expireAfterWrite(ON_DEMAND_GAP).maximumSize(10_000).build();

  Releases(JdbcClient jdbc, Places places, Clock clock) {
    this.jdbc = jdbc;
    this.places = places;
    this.clock = clock;
  }

  /** Every due place of every event. */
  @Scheduled(fixedDelayString = "${naikkelas.training.release-interval:30s}")
  public int releaseAll() {
    return release(null);
  }

  /** The due places of one event, now. */
  int due(long eventId) {
    return release(eventId);
  }

  /** The due places of one event, unless that was done a moment ago. */
  void whenDue(long eventId) {
    if (lastOnDemand.asMap().putIfAbsent(eventId, clock.instant()) == null) {
      release(eventId);
    }
  }

  private int release(Long eventId) {
    int released = 0;
    while (true) {
      Instant now = clock.instant();
      List<Long> batch =
          jdbc.sql(
                  "select id from training_registration where status = ?"
                      + " and confirm_by <= ?"
                      + (eventId == null ? "" : " and event_id = ?")
                      + " order by event_id, arrival limit 200")
              .params(
                  eventId == null
                      ? List.of(RegistrationStatus.PENDING.name(), Timestamp.from(now))
                      : List.of(RegistrationStatus.PENDING.name(), Timestamp.from(now), eventId))
              .query(Long.class)
              .list();
      int before = released;
      for (long id : batch) {
        if (places.leave(id, RegistrationAction.EXPIRE, true, now).isPresent()) {
          released++;
        }
      }
      if (batch.size() < 200 || released == before) {
        return released;
      }
    }
  }
}
