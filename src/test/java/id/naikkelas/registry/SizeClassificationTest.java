package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeClassificationTest {

  @ParameterizedTest(name = "sales {0} -> {1}")
  @CsvSource({
    "1, MICRO",
    "2000000000, MICRO",
    "2000000001, SMALL",
    "15000000000, SMALL",
    "15000000001, MEDIUM",
    "50000000000, MEDIUM",
    "50000000001, LARGE",
  })
  void sales_decide_for_a_running_business_and_a_bound_belongs_to_the_lower_class(
      String sales, SizeClass expected) {
    SizeClassification size =
        SizeClassification.of(new BigDecimal(sales), new BigDecimal("9000000000"));
    assertThat(size.sizeClass()).isEqualTo(expected);
    assertThat(size.criterion()).isEqualTo(SizeCriterion.ANNUAL_SALES);
  }

  @ParameterizedTest(name = "capital {0} -> {1}")
  @CsvSource({
    "0, MICRO",
    "1000000000, MICRO",
    "1000000001, SMALL",
    "5000000000, SMALL",
    "5000000001, MEDIUM",
    "10000000000, MEDIUM",
    "10000000001, LARGE",
  })
  void capital_decides_for_a_new_business(String capital, SizeClass expected) {
    SizeClassification size = SizeClassification.of(null, new BigDecimal(capital));
    assertThat(size.sizeClass()).isEqualTo(expected);
    assertThat(size.criterion()).isEqualTo(SizeCriterion.CAPITAL);
  }

  @Test
  void zero_sales_count_as_a_new_business() {
    assertThat(SizeClassification.of(BigDecimal.ZERO, new BigDecimal("6000000000")).criterion())
        .isEqualTo(SizeCriterion.CAPITAL);
  }

  @Test
  void nothing_known_gives_no_class() {
    assertThat(SizeClassification.of(null, null)).isNull();
  }
}
