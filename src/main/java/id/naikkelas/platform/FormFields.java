package id.naikkelas.platform;

import java.util.List;
import java.util.Locale;

/** Reading typed fields: each problem goes to the list with the field it belongs to. */
public final class FormFields {

  private FormFields() {}

  public static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The text stripped; null when empty (a problem if required) or longer than {@code max}. */
  public static String text(
      String value, String field, int max, boolean required, List<FieldProblem> problems) {
    if (blank(value)) {
      if (required) {
        problems.add(new FieldProblem(field, "field.required"));
      }
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      problems.add(new FieldProblem(field, "field.tooLong", max));
      return null;
    }
    return stripped;
  }

  /**
   * A name or address of a person or business: {@link #text} under the one rule of {@link NameText}
   * (no markup, controls, bidi or invisible characters), normalised.
   */
  public static String name(
      String value, String field, int max, boolean required, List<FieldProblem> problems) {
    if (!blank(value)) {
      var problem = NameText.problem(value, field);
      if (problem.isPresent()) {
        problems.add(problem.get());
        return null;
      }
      value = NameText.normalise(value);
    }
    return text(value, field, max, required, problems);
  }

  /** One of the enum's names, case ignored; null (with the problem) when empty or unknown. */
  public static <E extends Enum<E>> E choice(
      Class<E> type, String value, String field, List<FieldProblem> problems) {
    if (blank(value)) {
      problems.add(new FieldProblem(field, "field.required"));
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "field.choice", value.strip()));
      return null;
    }
  }
}
