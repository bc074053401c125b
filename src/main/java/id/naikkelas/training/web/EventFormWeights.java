package id.naikkelas.training.web;

import id.naikkelas.training.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the event form's selection weights as typed: questions one per line ("question text;
 * weight", keys q1, q2, …) and criteria weights (empty for none). A weight that is not a number
 * becomes one out of range, so the checker reports it as a bad weight.
 */
final class EventFormWeights {

  private static final BigDecimal BAD = BigDecimal.valueOf(1000);

  private EventFormWeights() {}

  static List<Question> questions(String lines) {
    List<Question> qs = new ArrayList<>();
    int n = 0;
    for (String line : lines.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      n++;
      int semi = line.lastIndexOf(';');
      String label = semi < 0 ? line.strip() : line.substring(0, semi).strip();
      BigDecimal weight = BigDecimal.ZERO;
      if (semi >= 0) {
        try {
          weight = new BigDecimal(line.substring(semi + 1).strip().replace(',', '.'));
        } catch (NumberFormatException e) {
          weight = BAD; // out of range: reported as a bad weight
        }
      }
      qs.add(new Question("q" + n, label, weight));
    }
    return qs;
  }

  static Map<String, BigDecimal> criteria(Map<String, String> given) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    given.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            try {
              weights.put(k, new BigDecimal(v.strip().replace(',', '.')));
            } catch (NumberFormatException e) {
              weights.put(k, BAD);
            }
          }
        });
    return weights;
  }
}
