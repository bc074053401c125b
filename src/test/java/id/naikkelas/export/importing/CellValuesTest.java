package id.naikkelas.export.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.platform.sheets.SheetCell;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cells of the shipment spreadsheet as Indonesian offices write them. */
class CellValuesTest {

  private static SheetCell text(String t) {
    return new SheetCell(t, false, false);
  }

  private static SheetCell number(String t) {
    return new SheetCell(t, true, false);
  }

  @Test
  void numbers_read_the_indonesian_way_plain_and_as_excel_numbers() {
    assertThat(CellValues.number(text("1.234.567,89"))).contains(new BigDecimal("1234567.89"));
    assertThat(CellValues.number(text("Rp1.500.000"))).contains(new BigDecimal("1500000"));
    assertThat(CellValues.number(text("15.650,25"))).contains(new BigDecimal("15650.25"));
    assertThat(CellValues.number(text("1234567.89"))).contains(new BigDecimal("1234567.89"));
    assertThat(CellValues.number(text("12,5"))).contains(new BigDecimal("12.5"));
    assertThat(CellValues.number(text("1,234,567.89"))).contains(new BigDecimal("1234567.89"));
    assertThat(CellValues.number(number("2500.5"))).contains(new BigDecimal("2500.5"));
    assertThat(CellValues.number(text("  "))).isEmpty();
    assertThatThrownBy(() -> CellValues.number(text("12a")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CellValues.number(text("1" + "0".repeat(20))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dates_read_from_excel_serials_iso_day_first_and_indonesian_words() {
    assertThat(CellValues.date(number("45366"))).contains(LocalDate.of(2024, 3, 15));
    assertThat(CellValues.date(text("2024-03-15"))).contains(LocalDate.of(2024, 3, 15));
    assertThat(CellValues.date(text("15/03/2024"))).contains(LocalDate.of(2024, 3, 15));
    assertThat(CellValues.date(text("15 Maret 2024"))).contains(LocalDate.of(2024, 3, 15));
    assertThat(CellValues.date(text("17 Agustus 2025"))).contains(LocalDate.of(2025, 8, 17));
    assertThatThrownBy(() -> CellValues.date(text("31/02/2024")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CellValues.month(text("Desember"))).contains(12);
    assertThat(CellValues.month(number("7"))).contains(7);
  }
}
