package id.naikkelas.export.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Totals by country, district and size, all against verified, and the change on last year. */
@IntegrationTest
class ExportTotalsTest {

  // a district of its own, so other tests' shipments stay out of these totals
  static final String DISTRICT = "35.24.27";
  static final Actor OFFICER = new Actor(0, "test", "test", Role.OFFICER, "35.24");

  @Autowired Registry registry;
  @Autowired ExportShipments shipments;
  @Autowired ExportTotals totals;
  @Autowired ExportFigures figures;

  @Test
  void totals_split_all_from_verified_and_compare_with_the_year_before() {
    long b =
        registry
            .register(OFFICER, BusinessDraftFixture.draft(DISTRICT + ".2001"), BusinessSource.FORM)
            .id();
    record(b, 2021, "JP", "1000000");
    long verified = record(b, 2022, "JP", "1500000");
    record(b, 2022, "US", "500000");
    shipments.verify(OFFICER, verified);

    ExportSummary byCountry = totals.summary(DISTRICT, 2022, TotalsBy.COUNTRY, null);
    ExportTotal japan =
        byCountry.rows().stream().filter(r -> r.key().equals("JP")).findFirst().orElseThrow();
    assertThat(japan.valueIdr()).isEqualByComparingTo("1500000");
    assertThat(japan.verifiedValueIdr()).isEqualByComparingTo("1500000");
    assertThat(japan.previousYearValueIdr()).isEqualByComparingTo("1000000");
    assertThat(japan.changePercent()).isEqualByComparingTo("50.0");
    assertThat(byCountry.total().valueIdr()).isEqualByComparingTo("2000000");
    assertThat(byCountry.total().verifiedValueIdr()).isEqualByComparingTo("1500000");
    assertThat(byCountry.total().exporters()).isEqualTo(1);
    assertThat(byCountry.total().changePercent()).isEqualByComparingTo("100.0");

    ExportTotal district = totals.summary(DISTRICT, 2022, TotalsBy.DISTRICT, null).rows().get(0);
    assertThat(district.key()).isEqualTo(DISTRICT);
    assertThat(district.label()).isEqualTo("Sarirejo");
    ExportTotal chapter = totals.summary(DISTRICT, 2022, TotalsBy.COMMODITY, null).rows().get(0);
    assertThat(chapter.key()).isEqualTo("52");
    assertThat(totals.summary(DISTRICT, 2022, TotalsBy.COMMODITY, "52").rows().get(0).key())
        .isEqualTo("5208");
    assertThat(totals.summary(DISTRICT, 2022, TotalsBy.SIZE, null).rows())
        .extracting(ExportTotal::key)
        .containsExactly("IKM");

    ExportSummary verifiedOnly = totals.summary(DISTRICT, 2022, TotalsBy.COUNTRY, null, true);
    assertThat(verifiedOnly.verifiedOnly()).isTrue();
    assertThat(verifiedOnly.rows()).extracting(ExportTotal::key).containsExactly("JP");
    assertThat(verifiedOnly.total().valueIdr()).isEqualByComparingTo("1500000");
    assertThat(verifiedOnly.total().previousYearValueIdr()).isZero();

    // one exporter: the public sees the counts, not the values; its officer sees everything
    var query = new ExportFigures.TotalsQuery(2022, TotalsBy.COUNTRY, null, DISTRICT, false);
    ExportSummary open = figures.summary(Optional.empty(), query);
    assertThat(open.rows()).allMatch(ExportTotal::suppressed).allMatch(r -> r.valueIdr() == null);
    assertThat(open.total().suppressed()).isTrue();
    assertThat(open.total().shipments()).isEqualTo(2);
    ExportSummary full = figures.summary(Optional.of(OFFICER), query);
    assertThat(full.total().valueIdr()).isEqualByComparingTo("2000000");
    assertThat(full.rows()).noneMatch(ExportTotal::suppressed);
  }

  @Test
  void a_change_needs_a_year_before() {
    assertThat(YearChange.percent(new BigDecimal("43742"), new BigDecimal("55721")))
        .isEqualByComparingTo("-21.5");
    assertThat(YearChange.percent(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
    assertThat(ShipmentValue.inRupiah(new BigDecimal("1250.50"), new BigDecimal("15650.25")))
        .isEqualByComparingTo("19570637.63");
  }

  private long record(long business, int year, String country, String value) {
    return shipments
        .record(
            OFFICER,
            new ShipmentForm(
                business,
                null,
                year,
                6,
                "520849",
                "Sarung tenun ikat",
                country,
                null,
                new BigDecimal(value),
                "IDR",
                null,
                null,
                null,
                null,
                null,
                null),
            ShipmentSource.OFFICER)
        .id();
  }
}
