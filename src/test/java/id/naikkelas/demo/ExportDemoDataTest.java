package id.naikkelas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.export.shipment.ExportTotals;
import id.naikkelas.export.shipment.TotalsBy;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.RegistryDemoRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo export ledger adds up to the figures the seeds report. */
@IntegrationTest
class ExportDemoDataTest {

  @Autowired Registry registry;
  @Autowired RegistryDemoRecords records;
  @Autowired ExportShipments shipments;
  @Autowired ExportTotals totals;

  @Test
  void the_regency_totals_are_the_seeds_figures() {
    new ExportDemo(registry, records, shipments).run(null);
    var y2019 = totals.summary("35.24", 2019, TotalsBy.SIZE, null);
    var y2020 = totals.summary("35.24", 2020, TotalsBy.SIZE, null);
    // "55,721 Milyar" in 2019 and "43,742 Milyar" in 2020, from 9 small industry units
    assertThat(y2019.total().valueIdr()).isEqualByComparingTo("55721000000");
    assertThat(y2019.total().verifiedValueIdr()).isEqualByComparingTo("55721000000");
    assertThat(y2019.total().exporters()).isEqualTo(9);
    assertThat(y2020.total().valueIdr()).isEqualByComparingTo("43742000000");
    assertThat(y2020.total().exporters()).isEqualTo(9);
    assertThat(y2020.total().changePercent()).isEqualByComparingTo("-21.5");
    assertThat(y2019.rows()).extracting(r -> r.key()).containsExactly("IKM");
    // 2022: tenun ikat Rp37 billion (Parengan's district), konveksi Rp92 billion (two districts)
    assertThat(totals.summary("35.24.09", 2022, TotalsBy.COUNTRY, null).total().valueIdr())
        .isEqualByComparingTo("37000000000");
    var garments22 = totals.summary("35.24.22", 2022, TotalsBy.COUNTRY, "62").total().valueIdr();
    var garments08 = totals.summary("35.24.08", 2022, TotalsBy.COUNTRY, "62").total().valueIdr();
    assertThat(garments22.add(garments08)).isEqualByComparingTo("92000000000");
  }
}
