package id.naikkelas.catalogue.curation;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curation pass rule: every criterion of the round is scored 0–10; the total is the weighted
 * mean scaled to 0–100 (two decimals, half up); the submission passes when the total reaches the
 * round's pass score. A missing or out-of-range score is a 422 on {@code scores.<key>}.
 */
public final class CurationPassRule {

  /** The scores kept (in the round's criteria order), the total and whether it passes. */
  public record Verdict(Map<String, BigDecimal> scores, BigDecimal total, boolean passed) {}

  private final List<Curation.CurationCriterion> criteria;
  private final BigDecimal passScore;

  public CurationPassRule(List<Curation.CurationCriterion> criteria, BigDecimal passScore) {
    this.criteria = List.copyOf(criteria);
    this.passScore = passScore;
  }

  public Verdict judge(Map<String, BigDecimal> scores) {
    List<FieldProblem> p = new ArrayList<>();
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    Map<String, BigDecimal> kept = new LinkedHashMap<>();
    for (Curation.CurationCriterion c : criteria) {
      BigDecimal v = scores == null ? null : scores.get(c.key());
      if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.TEN) > 0) {
        p.add(new FieldProblem("scores." + c.key(), "curation.score.range", c.label()));
        continue;
      }
      kept.put(c.key(), v);
      weighted = weighted.add(v.multiply(c.weight()));
      weights = weights.add(c.weight());
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    BigDecimal total = weighted.multiply(BigDecimal.TEN).divide(weights, 2, RoundingMode.HALF_UP);
    return new Verdict(kept, total, total.compareTo(passScore) >= 0);
  }
}
