package id.naikkelas.export.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values of one or two exporters are withheld; withheld lines take others along until they stand
 * for three exporters together; verified and last year's values each go by their own count.
 */
class SmallCellsTest {

  @Test
  void a_lone_small_line_takes_the_next_smallest_with_it() {
    ExportSummary s =
        summary(
            line("JP", "900", 5), line("US", "300", 4), line("CN", "200", 3), line("TR", "50", 1));
    ExportSummary out = SmallCells.suppress(s);
    assertThat(out.rows())
        .extracting(ExportTotal::suppressed)
        .containsExactly(false, false, true, true);
    assertThat(out.rows().get(2).valueIdr()).isNull();
    assertThat(out.rows().get(3).exporters()).isEqualTo(1);
    assertThat(out.total().valueIdr()).isEqualByComparingTo("1450");
  }

  @Test
  void two_small_lines_of_one_firm_each_take_a_third_along() {
    ExportSummary out =
        SmallCells.suppress(
            summary(
                line("JP", "900", 5),
                line("AU", "400", 3),
                line("US", "300", 1),
                line("CN", "200", 1)));
    assertThat(out.rows())
        .extracting(ExportTotal::suppressed)
        .containsExactly(false, true, true, true);
    assertThat(out.total().suppressed()).isFalse();
  }

  @Test
  void withheld_lines_of_three_firms_together_need_no_other() {
    ExportSummary out =
        SmallCells.suppress(
            summary(line("JP", "900", 5), line("US", "300", 2), line("CN", "200", 1)));
    assertThat(out.rows()).extracting(ExportTotal::suppressed).containsExactly(false, true, true);
  }

  @Test
  void nothing_is_withheld_when_every_line_is_large_enough() {
    ExportSummary out = SmallCells.suppress(summary(line("JP", "900", 3), line("US", "300", 3)));
    assertThat(out.rows()).noneMatch(ExportTotal::suppressed);
  }

  @Test
  void a_whole_of_one_or_two_exporters_is_withheld_too() {
    ExportSummary out = SmallCells.suppress(summary(line("JP", "900", 2)));
    assertThat(out.rows().get(0).suppressed()).isTrue();
    assertThat(out.total().suppressed()).isTrue();
    assertThat(out.total().valueIdr()).isNull();
  }

  @Test
  void verified_and_last_years_values_go_by_their_own_counts() {
    ExportTotal jp =
        new ExportTotal(
            "JP",
            "JP",
            new BigDecimal("900"),
            new BigDecimal("400"),
            9,
            4,
            1,
            new BigDecimal("700"),
            2,
            new BigDecimal("28.6"),
            false);
    ExportTotal out = SmallCells.suppress(summary(jp)).rows().get(0);
    assertThat(out.valueIdr()).isEqualByComparingTo("900");
    assertThat(out.verifiedValueIdr()).isNull();
    assertThat(out.previousYearValueIdr()).isNull();
    assertThat(out.changePercent()).isNull();
    assertThat(out.suppressed()).isFalse();
  }

  private static ExportTotal line(String key, String value, long exporters) {
    return new ExportTotal(
        key,
        key,
        new BigDecimal(value),
        BigDecimal.ZERO,
        exporters,
        exporters,
        0,
        null,
        0,
        null,
        false);
  }

  private static ExportSummary summary(ExportTotal... lines) {
    BigDecimal sum = BigDecimal.ZERO;
    long exporters = 0;
    for (ExportTotal l : lines) {
      sum = sum.add(l.valueIdr());
      exporters += l.exporters();
    }
    ExportTotal total =
        new ExportTotal(
            null, null, sum, BigDecimal.ZERO, exporters, exporters, 0, null, 0, null, false);
    return new ExportSummary(2022, TotalsBy.COUNTRY, null, false, List.of(lines), total);
  }
}
