package id.naikkelas.export.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.platform.IllegalTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A follow-up action is completed once, and is overdue only while open after its due date. */
class FollowUpActionTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void a_second_completion_is_refused_naming_the_state() {
    FollowUpAction action = action(TODAY.plusDays(3));
    action.complete("petugas", TODAY, "Selesai");
    assertThat(action.state()).isEqualTo(FollowUpState.DONE);
    assertThatThrownBy(() -> action.complete("petugas", TODAY, null))
        .isInstanceOf(IllegalFollowUpTransition.class)
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(
            e -> {
              assertThat(((IllegalTransitionException) e).currentState()).isEqualTo("DONE");
              assertThat(((IllegalTransitionException) e).action()).isEqualTo("complete");
            });
    assertThat(action.auditSnapshot())
        .containsEntry("state", "DONE")
        .containsEntry("completedOn", TODAY.toString())
        .containsEntry("completionNote", "Selesai");
  }

  @Test
  void overdue_means_open_and_due_before_today() {
    assertThat(action(TODAY.minusDays(1)).overdue(TODAY)).isTrue();
    assertThat(action(TODAY).overdue(TODAY)).isFalse();
    assertThat(action(TODAY.plusDays(1)).overdue(TODAY)).isFalse();
    FollowUpAction done = action(TODAY.minusDays(10));
    done.complete("petugas", TODAY, null);
    assertThat(done.overdue(TODAY)).isFalse();
  }

  private static FollowUpAction action(LocalDate dueOn) {
    return new FollowUpAction(
        1,
        2,
        "Tenun Ikat Parengan",
        "35.24.09.2001",
        0,
        new CheckedVisit.Action("Dampingi sertifikasi", "Disperindag – Seksi Ekspor", dueOn),
        Instant.parse("2026-12-01T03:00:00Z"));
  }
}
