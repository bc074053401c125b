package id.naikkelas.platform;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for the names and addresses of people and businesses, wherever they are typed,
 * posted or imported: no markup ({@code <}, {@code >}), no control characters (NUL included), no
 * bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and no zero-width or other
 * invisible format characters (U+200B–U+200D, U+2060, U+FEFF, any Unicode "Cf" character), no line
 * or paragraph separators and no lone surrogates. Tab, carriage return and line feed (a multi-line
 * address typed in a text area) count as spaces. Accepted text is NFC-normalised and stripped.
 *
 * <p>Problems name the field with the keys {@code field.text.markup} and {@code
 * field.text.invisible}; a field's length is the caller's rule, checked on the normalised text.
 */
public final class NameText {

  public static final String MARKUP = "field.text.markup";
  public static final String INVISIBLE = "field.text.invisible";

  private NameText() {}

  /**
   * The normalised text, or null when the rule refuses it (the problem is added to {@code
   * problems}). A null or blank value answers "" and adds nothing: whether it is required is the
   * caller's rule.
   */
  public static String check(String value, String field, List<FieldProblem> problems) {
    Optional<FieldProblem> problem = problem(value, field);
    if (problem.isPresent()) {
      problems.add(problem.get());
      return null;
    }
    return normalise(value);
  }

  /** What the rule finds wrong with the value, if anything (null and blank are fine). */
  public static Optional<FieldProblem> problem(String value, String field) {
    if (value == null) {
      return Optional.empty();
    }
    boolean markup = false;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (invisible(c)) {
        return Optional.of(new FieldProblem(field, INVISIBLE));
      }
      markup |= c == '<' || c == '>';
    }
    return markup ? Optional.of(new FieldProblem(field, MARKUP)) : Optional.empty();
  }

  /** True when the value passes the rule. */
  public static boolean acceptable(String value) {
    return problem(value, "").isEmpty();
  }

  /**
   * The value as stored: tab, CR, LF and CR LF each as one space, NFC-normalised, stripped; "" for
   * null. Call it only on a value the rule accepts.
   */
  public static String normalise(String value) {
    if (value == null) {
      return "";
    }
    String spaced =
        value.replace("\r\n", " ").replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    return Normalizer.normalize(spaced, Normalizer.Form.NFC).strip();
  }

  /** A character the rule refuses as invisible or controlling (tab, CR and LF excepted). */
  static boolean invisible(int c) {
    if (c == '\t' || c == '\r' || c == '\n') {
      return false;
    }
    if (ControlCharacters.is(c)) {
      return true; // NUL and every other C0/C1 control
    }
    return switch (Character.getType(c)) {
      case Character.FORMAT, // bidi controls, zero-width characters, U+FEFF, U+061C, soft hyphen
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE -> // a lone surrogate: a broken string
          true;
      default -> false;
    };
  }
}
