package id.naikkelas.export.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of fewer than three exporters lose their values, and one such line takes another along. */
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
  void two_small_lines_hide_each_other_and_large_ones_stay() {
    ExportSummary out =
        SmallCells.suppress(
            summary(line("JP", "900", 5), line("US", "300", 2), line("CN", "200", 1)));
    assertThat(out.rows()).extracting(ExportTotal::suppressed).containsExactly(false, true, true);
    assertThat(out.total().suppressed()).isFalse();
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

  private static ExportTotal line(String key, String value, long exporters) {
    return new ExportTotal(
        key, key, new BigDecimal(value), BigDecimal.ZERO, exporters, exporters, null, null, false);
  }

  private static ExportSummary summary(ExportTotal... lines) {
    BigDecimal sum = BigDecimal.ZERO;
    long exporters = 0;
    for (ExportTotal l : lines) {
      sum = sum.add(l.valueIdr());
      exporters += l.exporters();
    }
    ExportTotal total =
        new ExportTotal(null, null, sum, BigDecimal.ZERO, exporters, exporters, null, null, false);
    return new ExportSummary(2022, TotalsBy.COUNTRY, null, false, List.of(lines), total);
  }
}
