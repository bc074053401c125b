package id.naikkelas.registry;

import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.NameText;
import java.math.BigDecimal;
import java.util.List;

/** Reading the typed fields of a draft: each problem goes to the list with its field. */
final class DraftFields {

  private DraftFields() {}

  /** A whole number held to its range; null when absent or refused. */
  static Integer number(
      Integer value, String field, int min, int max, List<FieldProblem> problems) {
    if (value == null || (value >= min && value <= max)) {
      return value;
    }
    problems.add(new FieldProblem(field, "registry.number.range", min, max));
    return null;
  }

  /** An amount of rupiah: not negative, below the ceiling of every money column. */
  static BigDecimal amount(BigDecimal value, String field, List<FieldProblem> problems) {
    if (value != null && (value.signum() < 0 || value.compareTo(Amounts.CEILING) >= 0)) {
      problems.add(new FieldProblem(field, "registry.amount.invalid", value.toPlainString()));
      return null;
    }
    return value;
  }

  /**
   * A person's or business's name or address: the one text rule ({@link NameText}), then required
   * and length; null when empty or refused.
   */
  static String nameText(
      String value, String field, int max, boolean required, List<FieldProblem> problems) {
    String normalised = NameText.check(value, field, problems);
    return normalised == null ? null : text(normalised, field, max, required, problems);
  }

  /** Trimmed text without control characters; null when empty. */
  static String text(
      String value, String field, int max, boolean required, List<FieldProblem> problems) {
    String cleaned = value == null ? "" : value.replaceAll("\\p{Cntrl}", " ").strip();
    if (cleaned.isEmpty()) {
      if (required) {
        problems.add(new FieldProblem(field, "registry.required"));
      }
      return null;
    }
    if (cleaned.length() > max) {
      problems.add(new FieldProblem(field, "registry.tooLong", max));
      return null;
    }
    return cleaned;
  }

  static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
