package id.naikkelas.licensing;

import id.naikkelas.platform.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a permit carries (DESIGN.md §7): each check returns the number in its one stored
 * form, or null with a problem naming the field; what the layout suggests but the regulation does
 * not fix is only a warning.
 */
public final class LicenceNumbers {

  private static final Pattern NIB = Pattern.compile("\\d{13}");
  private static final Pattern PIRT_TYPED =
      Pattern.compile("(?i)(?:P-?IRT\\s*(?:No\\.?)?\\s*)?(\\d{13})\\s*-?\\s*(\\d{2})");
  private static final Pattern HALAL = Pattern.compile("ID(\\d{17})");
  private static final Pattern APPLICATION = Pattern.compile("([DJ])ID(\\d{4})(\\d{6})");
  private static final Pattern REGISTRATION = Pattern.compile("IDM(\\d{9})");

  private LicenceNumbers() {}

  /** A NIB: 13 digits. */
  public static String nib(String text, String field, List<FieldProblem> problems) {
    String t = compact(text);
    if (t == null || !NIB.matcher(t).matches()) {
      problems.add(new FieldProblem(field, "licensing.number.nib"));
      return null;
    }
    return t;
  }

  /**
   * A P-IRT number: 15 digits, typed bare or as {@code P-IRT No. 1234567890123-45}; stored as the
   * 15 digits. The first digit is the packaging (1–8). Warned: digits 4–7 other than the producer's
   * regency, the last two other than the expiry year.
   */
  public static String pirt(
      String text,
      String regencyCode,
      LocalDate expiresOn,
      List<FieldProblem> problems,
      List<FieldProblem> warnings) {
    Matcher m = text == null ? null : PIRT_TYPED.matcher(text.strip());
    if (m == null || !m.matches()) {
      problems.add(new FieldProblem("number", "licensing.number.pirt"));
      return null;
    }
    String digits = m.group(1) + m.group(2);
    char packaging = digits.charAt(0);
    if (packaging < '1' || packaging > '8') {
      problems.add(new FieldProblem("number", "licensing.number.pirtPackaging", packaging));
      return null;
    }
    String regency = regencyCode == null ? null : regencyCode.replace(".", "");
    if (regency != null && regency.length() == 4 && !digits.substring(3, 7).equals(regency)) {
      warnings.add(
          new FieldProblem("number", "licensing.number.pirtRegency", digits.substring(3, 7)));
    }
    if (expiresOn != null
        && !digits.substring(13).equals(String.format("%02d", expiresOn.getYear() % 100))) {
      warnings.add(new FieldProblem("number", "licensing.number.pirtYear", digits.substring(13)));
    }
    return digits;
  }

  /** {@code P-IRT No. 1234567890123-45}, as the label shows it. */
  public static String pirtShown(String digits) {
    return digits == null || digits.length() != 15
        ? digits
        : "P-IRT No. " + digits.substring(0, 13) + "-" + digits.substring(13);
  }

  /**
   * A halal certificate number: {@code ID} and 17 digits; warned when digits 3–4 name another
   * province.
   */
  public static String halal(
      String text, String provinceCode, List<FieldProblem> problems, List<FieldProblem> warnings) {
    String t = compact(text);
    Matcher m = t == null ? null : HALAL.matcher(t.toUpperCase(Locale.ROOT));
    if (m == null || !m.matches()) {
      problems.add(new FieldProblem("number", "licensing.number.halal"));
      return null;
    }
    if (provinceCode != null && !m.group(1).startsWith(provinceCode)) {
      warnings.add(
          new FieldProblem("number", "licensing.number.halalProvince", m.group(1).substring(0, 2)));
    }
    return "ID" + m.group(1);
  }

  /**
   * A trademark application number: {@code DID} (goods) or {@code JID} (services), the year, 6
   * digits. The letter must agree with the classes; warned when the year is not the filing year.
   */
  public static String application(
      String text,
      SortedSet<Integer> classes,
      LocalDate filedOn,
      List<FieldProblem> problems,
      List<FieldProblem> warnings) {
    String t = compact(text);
    Matcher m = t == null ? null : APPLICATION.matcher(t.toUpperCase(Locale.ROOT));
    if (m == null || !m.matches()) {
      problems.add(new FieldProblem("reference", "licensing.number.application"));
      return null;
    }
    boolean services = "J".equals(m.group(1));
    if (!classes.isEmpty() && services != NiceClasses.isServices(classes.first())) {
      problems.add(
          new FieldProblem(
              "reference",
              services
                  ? "licensing.number.applicationServices"
                  : "licensing.number.applicationGoods",
              classes.first()));
      return null;
    }
    if (filedOn != null && Integer.parseInt(m.group(2)) != filedOn.getYear()) {
      warnings.add(new FieldProblem("reference", "licensing.number.applicationYear", m.group(2)));
    }
    return m.group();
  }

  /** A trademark registration number: {@code IDM} and 9 digits. */
  public static String registration(String text, List<FieldProblem> problems) {
    String t = compact(text);
    Matcher m = t == null ? null : REGISTRATION.matcher(t.toUpperCase(Locale.ROOT));
    if (m == null || !m.matches()) {
      problems.add(new FieldProblem("number", "licensing.number.registration"));
      return null;
    }
    return m.group();
  }

  private static String compact(String text) {
    return text == null || text.isBlank() ? null : text.strip().replace(" ", "");
  }
}
