package id.naikkelas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.IntegrationTest;
import id.naikkelas.platform.events.CompletedPublicationPurge;
import id.naikkelas.platform.events.EventSettings;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The purge deletes completed publications older than {@code naikkelas.events.keep-completed} and
 * keeps recent completed ones and every incomplete one, however old.
 */
@IntegrationTest
class CompletedPublicationPurgeTest {

  private static final String LISTENER = "purge-test";

  @Autowired CompletedPublicationPurge purge;
  @Autowired EventSettings settings;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void removeRows() {
    jdbc.sql("delete from event_publication where listener_id = ?").param(LISTENER).update();
  }

  @Test
  void completed_publications_are_kept_thirty_days_by_default() {
    assertThat(settings.keepCompleted()).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void a_keep_time_that_is_not_positive_is_refused_naming_the_setting() {
    for (Duration keep : new Duration[] {Duration.ZERO, Duration.ofDays(-1)}) {
      assertThatThrownBy(
              () ->
                  new EventSettings(
                      4,
                      1000,
                      Duration.ofSeconds(30),
                      Duration.ofMinutes(5),
                      Duration.ofMinutes(1),
                      5,
                      keep,
                      Duration.ofHours(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("naikkelas.events.keep-completed");
    }
  }

  @Test
  void old_completed_publications_are_deleted_recent_and_incomplete_ones_kept() {
    Instant now = Instant.now();
    Duration keep = settings.keepCompleted();
    UUID oldCompleted = insert(now.minus(keep).minus(Duration.ofDays(2)), "COMPLETED", true);
    UUID justOverKept = insert(now.minus(keep).minus(Duration.ofHours(1)), "COMPLETED", true);
    UUID recentCompleted = insert(now.minus(keep).plus(Duration.ofHours(1)), "COMPLETED", true);
    UUID oldFailed = insert(now.minus(keep).minus(Duration.ofDays(10)), "FAILED", false);
    UUID oldWaiting = insert(now.minus(keep).minus(Duration.ofDays(10)), null, false);

    purge.purge();

    assertThat(exists(oldCompleted)).as("completed long ago").isFalse();
    assertThat(exists(justOverKept)).as("completed just over the kept time").isFalse();
    assertThat(exists(recentCompleted)).as("completed within the kept time").isTrue();
    assertThat(exists(oldFailed)).as("failed, however old").isTrue();
    assertThat(exists(oldWaiting)).as("never started, however old").isTrue();
  }

  /**
   * A publication of a test-only listener; a completed one is completed at {@code at}. The
   * incomplete ones have run out of attempts, so that the resubmission job leaves them alone.
   */
  private UUID insert(Instant at, String status, boolean completed) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into event_publication (id, listener_id, event_type, serialized_event,"
                + " publication_date, completion_date, status, completion_attempts)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            LISTENER,
            ProbeEvent.class.getName(),
            "{\"marker\":\"purge-" + id + "\"}",
            Timestamp.from(at.minus(Duration.ofMinutes(1))),
            completed ? Timestamp.from(at) : null,
            status,
            completed ? 1 : 99)
        .update();
    return id;
  }

  private boolean exists(UUID id) {
    return jdbc.sql("select count(*) from event_publication where id = ?")
            .param(id)
            .query(Long.class)
            .single()
        == 1;
  }
}
