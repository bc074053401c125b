package id.naikkelas.registry;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A business's size (PP 7/2021 art. 35): capital and annual sales as recorded, and the class they
 * give with the criterion that decided it.
 */
@Embeddable
class BusinessSize {

  @Enumerated(EnumType.STRING)
  private SizeClass sizeClass;

  @Enumerated(EnumType.STRING)
  private SizeCriterion sizeCriterion;

  private BigDecimal capital;
  private BigDecimal annualSales;

  protected BusinessSize() {}

  BusinessSize(BigDecimal capital, BigDecimal annualSales) {
    SizeClassification size = SizeClassification.of(annualSales, capital);
    this.sizeClass = size == null ? null : size.sizeClass();
    this.sizeCriterion = size == null ? null : size.criterion();
    this.capital = capital;
    this.annualSales = annualSales;
  }

  void putInto(Map<String, Object> values) {
    values.put("sizeClass", sizeClass == null ? null : sizeClass.name());
    values.put("sizeCriterion", sizeCriterion == null ? null : sizeCriterion.name());
    values.put("capital", capital == null ? null : capital.toPlainString());
    values.put("annualSales", annualSales == null ? null : annualSales.toPlainString());
  }

  SizeClass sizeClass() {
    return sizeClass;
  }

  SizeCriterion sizeCriterion() {
    return sizeCriterion;
  }

  BigDecimal capital() {
    return capital;
  }

  BigDecimal annualSales() {
    return annualSales;
  }
}
