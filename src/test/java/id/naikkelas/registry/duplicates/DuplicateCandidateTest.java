package id.naikkelas.registry.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.registry.BusinessMerged;
import id.naikkelas.registry.DuplicateDismissed;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DuplicateCandidateTest {

  static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

  @Test
  void a_merge_answers_the_other_record_and_registers_business_merged() {
    DuplicateCandidate pair = new DuplicateCandidate(7, 3, "35.24.17.2011");
    assertThat(pair.merge(7, "petugas", NOW)).isEqualTo(3);
    assertThat(pair.status()).isEqualTo(DuplicateState.MERGED);
    assertThat(pair.decidedBy()).isEqualTo("petugas");
    assertThat(pair.registeredEvents())
        .containsExactly(new BusinessMerged(0, 7, 3, "35.24.17.2011", "petugas"));
  }

  @Test
  void a_dismissal_registers_duplicate_dismissed() {
    DuplicateCandidate pair = new DuplicateCandidate(3, 7, "35.24.17.2011");
    pair.dismiss("petugas", NOW);
    assertThat(pair.status()).isEqualTo(DuplicateState.DISMISSED);
    assertThat(pair.registeredEvents()).containsExactly(new DuplicateDismissed(0, 3, 7, "petugas"));
  }

  @Test
  void a_merge_keeping_a_record_outside_the_pair_is_refused_and_changes_nothing() {
    DuplicateCandidate pair = new DuplicateCandidate(3, 7, "35.24.17.2011");
    assertThatThrownBy(() -> pair.merge(9, "petugas", NOW))
        .isInstanceOf(InvalidInputException.class)
        .isNotInstanceOf(IllegalTransitionException.class);
    assertThat(pair.status()).isEqualTo(DuplicateState.OPEN);
    assertThat(pair.registeredEvents()).isEmpty();
  }

  @Test
  void a_merged_pair_refuses_merge_and_dismiss() {
    DuplicateCandidate pair = new DuplicateCandidate(3, 7, "35.24.17.2011");
    pair.merge(3, "petugas", NOW);
    assertRefused(() -> pair.merge(7, "lain", NOW), "MERGED", "merge");
    assertRefused(() -> pair.dismiss("lain", NOW), "MERGED", "dismiss");
    assertThat(pair.decidedBy()).isEqualTo("petugas");
  }

  @Test
  void a_dismissed_pair_refuses_merge_and_dismiss() {
    DuplicateCandidate pair = new DuplicateCandidate(3, 7, "35.24.17.2011");
    pair.dismiss("petugas", NOW);
    assertRefused(() -> pair.merge(3, "lain", NOW), "DISMISSED", "merge");
    assertRefused(() -> pair.dismiss("lain", NOW), "DISMISSED", "dismiss");
  }

  private static void assertRefused(Runnable action, String state, String name) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.currentState()).isEqualTo(state);
              assertThat(e.action()).isEqualTo(name);
            });
  }
}
