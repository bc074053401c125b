package id.naikkelas.registry;

import java.math.BigDecimal;

/**
 * PP 7/2021 art. 35: by annual sales — micro ≤ Rp2 bn, small ≤ Rp15 bn, medium ≤ Rp50 bn — or by
 * capital excluding land and buildings — micro ≤ Rp1 bn, small ≤ Rp5 bn, medium ≤ Rp10 bn. Sales
 * decide for a running business (one that reports sales), capital for a new one. A bound belongs to
 * the lower class.
 */
public record SizeClassification(SizeClass sizeClass, SizeCriterion criterion) {

  private static final BigDecimal BILLION = new BigDecimal("1000000000");
  private static final BigDecimal[] SALES = {bn(2), bn(15), bn(50)};
  private static final BigDecimal[] CAPITAL = {bn(1), bn(5), bn(10)};

  /** The class, or null when neither sales nor capital is known. */
  public static SizeClassification of(BigDecimal annualSales, BigDecimal capital) {
    if (annualSales != null && annualSales.signum() > 0) {
      return new SizeClassification(classify(annualSales, SALES), SizeCriterion.ANNUAL_SALES);
    }
    if (capital != null && capital.signum() >= 0) {
      return new SizeClassification(classify(capital, CAPITAL), SizeCriterion.CAPITAL);
    }
    return null;
  }

  private static SizeClass classify(BigDecimal amount, BigDecimal[] bounds) {
    for (int i = 0; i < bounds.length; i++) {
      if (amount.compareTo(bounds[i]) <= 0) {
        return SizeClass.values()[i];
      }
    }
    return SizeClass.LARGE;
  }

  private static BigDecimal bn(int billions) {
    return BILLION.multiply(BigDecimal.valueOf(billions));
  }
}
