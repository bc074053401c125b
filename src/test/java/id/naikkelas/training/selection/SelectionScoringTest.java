package id.naikkelas.training.selection;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.training.Question;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectionScoringTest {

  private final SelectionScoring scoring =
      new SelectionScoring(
          Map.of(
              "NEW_ENTREPRENEUR", BigDecimal.valueOf(3),
              "FIRST_TIME_APPLICANT", BigDecimal.ONE,
              "MICRO_BUSINESS", BigDecimal.ZERO),
          List.of(
              new Question("hasProduct", "Sudah punya produk?", BigDecimal.valueOf(5)),
              new Question("online", "Jualan online?", new BigDecimal("0.5"))));

  @Test
  void adds_the_weights_of_the_criteria_met_and_of_each_yes() {
    assertThat(
            scoring.score(
                new SelectionScoring.ApplicantFacts(
                    Set.of(Criterion.NEW_ENTREPRENEUR, Criterion.FIRST_TIME_APPLICANT),
                    Set.of("hasProduct", "online"))))
        .isEqualByComparingTo("9.5");
  }

  @Test
  void a_criterion_without_weight_and_an_unknown_answer_count_for_nothing() {
    assertThat(
            scoring.score(
                new SelectionScoring.ApplicantFacts(
                    Set.of(Criterion.MICRO_BUSINESS, Criterion.NOT_TRAINED_BEFORE),
                    Set.of("somethingElse"))))
        .isEqualByComparingTo("0");
  }

  @Test
  void nothing_met_scores_zero_and_no_criteria_at_all_is_fine() {
    assertThat(
            new SelectionScoring(null, null)
                .score(
                    new SelectionScoring.ApplicantFacts(
                        Set.of(Criterion.NEW_ENTREPRENEUR), Set.of("x"))))
        .isEqualByComparingTo("0");
    assertThat(scoring.score(new SelectionScoring.ApplicantFacts(Set.of(), Set.of())))
        .isEqualByComparingTo("0");
  }
}
