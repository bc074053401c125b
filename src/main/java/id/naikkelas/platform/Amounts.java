package id.naikkelas.platform;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rupiah amounts as people type them: {@code 1500000}, {@code Rp1.500.000}, {@code Rp 1.500.000,00}
 * (dots group thousands, a comma starts the cents).
 */
public final class Amounts {

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
  private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d{1,2})?");

  /** Below every money column (NUMERIC(18, 2)): a quadrillion rupiah is no UMKM's amount. */
  public static final BigDecimal CEILING = new BigDecimal("1000000000000000");

  private Amounts() {}

  /** The amount, or empty when the text is not a non-negative Rupiah amount below the ceiling. */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().replace(" ", "");
    if (t.regionMatches(true, 0, "Rp", 0, 2)) {
      t = t.substring(2);
    }
    if (t.length() > 40 || (!GROUPED.matcher(t).matches() && !PLAIN.matcher(t).matches())) {
      return Optional.empty();
    }
    BigDecimal amount = new BigDecimal(t.replace(".", "").replace(',', '.'));
    return amount.compareTo(CEILING) < 0 ? Optional.of(amount) : Optional.empty();
  }

  /** {@code Rp1.234.567}, without a space, as DESIGN.md §2 shows money. */
  public static String format(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    return "Rp" + new java.text.DecimalFormat("#,##0.##", symbols).format(amount);
  }
}
