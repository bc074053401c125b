package id.naikkelas.catalogue.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurationPassRuleTest {

  private static final List<Curation.CurationCriterion> TWO =
      List.of(
          new Curation.CurationCriterion("taste", "Rasa", BigDecimal.valueOf(3)),
          new Curation.CurationCriterion("packaging", "Kemasan", BigDecimal.ONE));

  private final CurationPassRule rule = new CurationPassRule(TWO, BigDecimal.valueOf(70));

  @Test
  void the_total_is_the_weighted_mean_scaled_to_a_hundred() {
    CurationPassRule.Verdict v =
        rule.judge(Map.of("taste", BigDecimal.valueOf(8), "packaging", BigDecimal.valueOf(4)));
    assertThat(v.total()).isEqualByComparingTo("70.00");
    assertThat(v.passed()).isTrue();
    assertThat(v.scores()).containsOnlyKeys("taste", "packaging");
  }

  @Test
  void a_total_below_the_pass_score_fails() {
    CurationPassRule.Verdict v =
        rule.judge(Map.of("taste", BigDecimal.valueOf(7), "packaging", BigDecimal.valueOf(9)));
    assertThat(v.total()).isEqualByComparingTo("75.00");
    assertThat(
            new CurationPassRule(TWO, BigDecimal.valueOf(75.01))
                .judge(Map.of("taste", BigDecimal.valueOf(7), "packaging", BigDecimal.valueOf(9)))
                .passed())
        .isFalse();
  }

  @Test
  void the_default_criteria_of_equal_weight_average_the_scores() {
    CurationPassRule.Verdict v =
        new CurationPassRule(Curation.DEFAULT_CRITERIA, BigDecimal.valueOf(70))
            .judge(
                Map.of(
                    "originality", BigDecimal.valueOf(9),
                    "supply", BigDecimal.valueOf(8),
                    "capacity", BigDecimal.valueOf(7),
                    "innovation", BigDecimal.valueOf(8),
                    "packaging", BigDecimal.valueOf(9)));
    assertThat(v.total()).isEqualByComparingTo("82.00");
    assertThat(v.passed()).isTrue();
  }

  @Test
  void a_missing_or_out_of_range_score_names_its_criterion() {
    assertThatThrownBy(() -> rule.judge(Map.of("taste", BigDecimal.valueOf(11))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field())
                    .containsExactly("scores.taste", "scores.packaging"));
    assertThatThrownBy(() -> rule.judge(null)).isInstanceOf(InvalidInputException.class);
  }
}
