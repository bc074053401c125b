package id.naikkelas.catalogue.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.platform.IllegalTransitionException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class CurationRoundTest {

  private static final CurationPassRule.Verdict PASS =
      new CurationPassRule.Verdict(Map.of(), BigDecimal.valueOf(80), true);
  private static final CurationPassRule.Verdict FAIL =
      new CurationPassRule.Verdict(Map.of(), BigDecimal.valueOf(40), false);

  @Test
  void an_open_round_closes_and_says_so() {
    CurationRound round = new CurationRound(7, "35.24", CurationRoundState.OPEN);
    assertThat(round.close()).isEqualTo(new CurationRoundClosed(7, "35.24"));
    assertThat(round.state()).isEqualTo(CurationRoundState.CLOSED);
  }

  @Test
  void a_closed_round_refuses_close_entry_and_score_naming_its_state() {
    CurationRound round = new CurationRound(7, "35.24", CurationRoundState.CLOSED);
    assertRefused(round::close, CurationRoundState.CLOSED, "close");
    assertRefused(round::acceptEntry, CurationRoundState.CLOSED, "submit");
    assertRefused(round::acceptScore, CurationRoundState.CLOSED, "score");
  }

  @Test
  void scoring_sets_passed_or_failed_and_can_be_repeated_while_open() {
    CurationRound round = new CurationRound(7, "35.24", CurationRoundState.OPEN);
    CurationSubmission s =
        new CurationSubmission(3, 7, 11, "35.24.17.2007", CurationSubmissionState.SUBMITTED);
    assertThat(s.score(round, FAIL).passed()).isFalse();
    assertThat(s.state()).isEqualTo(CurationSubmissionState.FAILED);
    CurationSubmissionScored scored = s.score(round, PASS);
    assertThat(scored).isEqualTo(new CurationSubmissionScored(3, 7, 11, PASS.total(), true));
    assertThat(s.state()).isEqualTo(CurationSubmissionState.PASSED);
  }

  @Test
  void a_submission_of_a_closed_round_refuses_a_score() {
    CurationRound round = new CurationRound(7, "35.24", CurationRoundState.CLOSED);
    CurationSubmission s =
        new CurationSubmission(3, 7, 11, "35.24.17.2007", CurationSubmissionState.SUBMITTED);
    assertRefused(() -> s.score(round, PASS), CurationRoundState.CLOSED, "score");
    assertThat(s.state()).isEqualTo(CurationSubmissionState.SUBMITTED);
  }

  @Test
  void only_a_passed_submission_takes_an_outlet() {
    new CurationSubmission(3, 7, 11, "v", CurationSubmissionState.PASSED).acceptOutlet();
    assertRefused(
        () -> new CurationSubmission(3, 7, 11, "v", CurationSubmissionState.FAILED).acceptOutlet(),
        CurationSubmissionState.FAILED,
        "outlet");
    assertRefused(
        () ->
            new CurationSubmission(3, 7, 11, "v", CurationSubmissionState.SUBMITTED).acceptOutlet(),
        CurationSubmissionState.SUBMITTED,
        "outlet");
  }

  public static void assertRefused(Runnable action, Enum<?> state, String name) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.currentState()).isEqualTo(state.name());
              assertThat(e.action()).isEqualTo(name);
            });
  }
}
