package id.naikkelas.export.shipment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Year-on-year change in percent, one decimal; none when the earlier year had nothing. */
final class YearChange {

  private YearChange() {}

  static BigDecimal percent(BigDecimal now, BigDecimal before) {
    if (before == null || before.signum() == 0) {
      return null;
    }
    return now.subtract(before)
        .multiply(BigDecimal.valueOf(100))
        .divide(before, 1, RoundingMode.HALF_UP);
  }
}
