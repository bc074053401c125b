package id.naikkelas.events;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.platform.events.PublicationStatus;
import id.naikkelas.platform.events.ResubmissionPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResubmissionPolicyTest {

  private final ResubmissionPolicy policy = new ResubmissionPolicy(Duration.ofMinutes(5), 3);
  private final Instant now = Instant.parse("2026-12-02T00:00:00Z");
  private final Instant justNow = now.minusSeconds(10);
  private final Instant longAgo = now.minus(Duration.ofMinutes(5));

  @Test
  void a_completed_publication_is_never_resubmitted() {
    assertThat(policy.mayResubmit(PublicationStatus.COMPLETED, longAgo, now)).isFalse();
    assertThat(policy.due(PublicationStatus.COMPLETED, longAgo, 0, now)).isFalse();
  }

  @Test
  void an_administrator_resubmits_a_failed_or_waiting_one_at_once() {
    assertThat(policy.mayResubmit(PublicationStatus.FAILED, justNow, now)).isTrue();
    assertThat(policy.mayResubmit(PublicationStatus.PUBLISHED, justNow, now)).isTrue();
  }

  @Test
  void one_in_flight_is_resubmitted_only_once_it_has_been_quiet_long_enough() {
    assertThat(policy.mayResubmit(PublicationStatus.PROCESSING, justNow, now)).isFalse();
    assertThat(policy.mayResubmit(PublicationStatus.RESUBMITTED, justNow, now)).isFalse();
    assertThat(policy.mayResubmit(PublicationStatus.PROCESSING, longAgo, now)).isTrue();
    assertThat(policy.mayResubmit(PublicationStatus.RESUBMITTED, longAgo, now)).isTrue();
  }

  @Test
  void the_job_waits_for_the_quiet_period_even_for_a_failed_one() {
    assertThat(policy.due(PublicationStatus.FAILED, justNow, 0, now)).isFalse();
    assertThat(policy.due(PublicationStatus.FAILED, longAgo, 0, now)).isTrue();
    assertThat(policy.due(PublicationStatus.PUBLISHED, longAgo, 0, now)).isTrue();
    assertThat(policy.due(PublicationStatus.PROCESSING, longAgo, 2, now)).isTrue();
  }

  @Test
  void the_job_stops_at_the_cap_and_leaves_the_rest_to_an_administrator() {
    assertThat(policy.due(PublicationStatus.FAILED, longAgo, 3, now)).isFalse();
    assertThat(policy.exhausted(3)).isTrue();
    assertThat(policy.exhausted(2)).isFalse();
    assertThat(policy.mayResubmit(PublicationStatus.FAILED, longAgo, now)).isTrue();
  }
}
