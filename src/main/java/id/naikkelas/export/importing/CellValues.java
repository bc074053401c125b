package id.naikkelas.export.importing;

import id.naikkelas.platform.sheets.SheetCell;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of the shipment spreadsheet: numbers written the Indonesian way ({@code
 * 1.234.567,89}), plain ({@code 1234567.89}) or as Excel numbers; dates as Excel dates, {@code
 * 2024-03-15}, {@code 15/03/2024} or {@code 15 Maret 2024}; months by number or name. Each answers
 * empty for a blank cell and throws {@link IllegalArgumentException} for one it cannot read.
 */
final class CellValues {

  private static final Pattern INDONESIAN =
      Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?|-?\\d+,\\d+");
  private static final Pattern ENGLISH = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})");

  /** Digits before the decimal mark the ledger's columns hold. */
  private static final int MAX_DIGITS = 15;

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("peb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("mei", 5),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("agu", 8),
          Map.entry("agt", 8),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("okt", 10),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("nop", 11),
          Map.entry("des", 12),
          Map.entry("dec", 12));

  private CellValues() {}

  static Optional<String> text(SheetCell cell) {
    if (cell == null || cell.text() == null || cell.text().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(cell.text().strip());
  }

  static Optional<BigDecimal> number(SheetCell cell) {
    Optional<String> text = text(cell);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get().replaceFirst("(?i)^rp\\.?", "").replaceAll("[\\s\\u00a0]", "");
    BigDecimal n;
    if (cell.numeric()) {
      n = new BigDecimal(t);
    } else if (INDONESIAN.matcher(t).matches()) {
      n = new BigDecimal(t.replace(".", "").replace(',', '.'));
    } else if (ENGLISH.matcher(t).matches()) {
      n = new BigDecimal(t.replace(",", ""));
    } else if (PLAIN.matcher(t).matches()) {
      n = new BigDecimal(t);
    } else {
      throw new IllegalArgumentException(t);
    }
    if (n.precision() - n.scale() > MAX_DIGITS) {
      throw new IllegalArgumentException(t);
    }
    return Optional.of(n);
  }

  static Optional<Integer> whole(SheetCell cell) {
    Optional<BigDecimal> n = number(cell);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(n.get().intValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(cell.text(), e);
    }
  }

  static Optional<Long> id(SheetCell cell) {
    Optional<String> text = text(cell);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String digits = cell.numeric() ? new BigDecimal(text.get()).toPlainString() : text.get();
    if (!digits.matches("\\d{1,18}")) {
      throw new IllegalArgumentException(digits);
    }
    return Optional.of(Long.parseLong(digits));
  }

  static Optional<LocalDate> date(SheetCell cell) {
    Optional<String> text = text(cell);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get();
    try {
      if (cell.numeric()) {
        long days = new BigDecimal(t).longValue();
        if (days < 1 || days > 2_958_465) {
          throw new IllegalArgumentException(t);
        }
        return Optional.of(EXCEL_EPOCH.plusDays(days));
      }
      Matcher m = ISO_DATE.matcher(t);
      if (m.matches()) {
        return Optional.of(of(m.group(1), m.group(2), m.group(3)));
      }
      m = DAY_FIRST.matcher(t);
      if (m.matches()) {
        return Optional.of(of(m.group(3), m.group(2), m.group(1)));
      }
      m = WORDS.matcher(t);
      if (m.matches()) {
        Integer month = monthName(m.group(2));
        if (month != null) {
          return Optional.of(
              LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException(t, e);
    }
    throw new IllegalArgumentException(t);
  }

  /** A month by its number (1–12) or its Indonesian or English name. */
  static Optional<Integer> month(SheetCell cell) {
    Optional<String> text = text(cell);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Integer named = monthName(text.get());
    return named != null ? Optional.of(named) : whole(cell);
  }

  /** Lower case without accents and spacing, to compare names. */
  static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static Integer monthName(String text) {
    String k = key(text);
    if (k.length() < 3 || !k.chars().allMatch(Character::isLetter)) {
      return null;
    }
    return MONTHS.get(k.substring(0, 3));
  }

  private static LocalDate of(String year, String month, String day) {
    return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }
}
