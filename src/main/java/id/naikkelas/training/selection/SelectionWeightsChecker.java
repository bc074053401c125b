package id.naikkelas.training.selection;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.training.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what a selection weighs: an event's questions (key, label, weight) and its criteria
 * weights, each weight within ±100.
 */
public final class SelectionWeightsChecker {

  private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,29}");

  private SelectionWeightsChecker() {}

  public static List<Question> questions(List<Question> given, List<FieldProblem> p) {
    List<Question> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Question q : given == null ? List.<Question>of() : given) {
      if (q == null || q.key() == null || !KEY.matcher(q.key()).matches() || !keys.add(q.key())) {
        p.add(new FieldProblem("questions", "training.question.key"));
        continue;
      }
      if (FormFields.blank(q.label()) || q.label().strip().length() > 300) {
        p.add(new FieldProblem("questions", "training.question.label", q.key()));
        continue;
      }
      BigDecimal weight = q.weight() == null ? BigDecimal.ZERO : q.weight();
      if (weight.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
        p.add(new FieldProblem("questions", "training.weight.range", q.key()));
        continue;
      }
      out.add(new Question(q.key(), q.label().strip(), weight));
    }
    if (out.size() > 20) {
      p.add(new FieldProblem("questions", "training.question.tooMany", 20));
    }
    return out;
  }

  public static Map<String, BigDecimal> criteria(
      Map<String, BigDecimal> given, List<FieldProblem> p) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (given == null) {
      return out;
    }
    for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
      Criterion c;
      try {
        c = Criterion.valueOf(e.getKey());
      } catch (IllegalArgumentException | NullPointerException unknown) {
        p.add(new FieldProblem("criteria", "training.criterion.unknown", e.getKey()));
        continue;
      }
      BigDecimal w = e.getValue() == null ? BigDecimal.ZERO : e.getValue();
      if (w.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
        p.add(new FieldProblem("criteria", "training.weight.range", e.getKey()));
        continue;
      }
      out.put(c.name(), w);
    }
    return out;
  }
}
