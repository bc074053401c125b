package id.naikkelas.training.selection;

import id.naikkelas.training.Question;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score of an applicant in a selection: the sum of the weights of the event's criteria the
 * applicant meets, plus the weight of each question answered "yes". A criterion without a weight
 * (or weighing zero) counts for nothing. The officer's adjustment is added on top when ranking.
 */
public final class SelectionScoring {

  /** What is known of one applicant: the criteria met and the keys of the questions said yes to. */
  public record ApplicantFacts(Set<Criterion> met, Set<String> yes) {}

  private final Map<String, BigDecimal> criteria;
  private final List<Question> questions;

  public SelectionScoring(Map<String, BigDecimal> criteria, List<Question> questions) {
    this.criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
    this.questions = questions == null ? List.of() : List.copyOf(questions);
  }

  public BigDecimal score(ApplicantFacts facts) {
    BigDecimal score = BigDecimal.ZERO;
    for (Criterion c : facts.met()) {
      BigDecimal w = criteria.get(c.name());
      if (w != null) {
        score = score.add(w);
      }
    }
    for (Question q : questions) {
      if (q.weight() != null && facts.yes().contains(q.key())) {
        score = score.add(q.weight());
      }
    }
    return score;
  }
}
