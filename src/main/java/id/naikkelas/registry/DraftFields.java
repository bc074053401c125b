package id.naikkelas.registry;

import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.NameText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reading the typed fields of a draft: each problem goes to the list with its field. */
final class DraftFields {

  private DraftFields() {}

  static BigDecimal amount(String text, String field, List<FieldProblem> problems) {
    if (!present(text)) {
      return null;
    }
    Optional<BigDecimal> amount = Amounts.parse(text);
    if (amount.isEmpty()) {
      problems.add(new FieldProblem(field, "registry.amount.invalid", text.strip()));
      return null;
    }
    return amount.get();
  }

  static Integer number(String text, String field, int min, int max, List<FieldProblem> problems) {
    if (!present(text)) {
      return null;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(new FieldProblem(field, "registry.number.range", min, max));
    return null;
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

  static List<String> split(String text) {
    if (!present(text)) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
  }

  static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
