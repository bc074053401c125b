package id.naikkelas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.export.monitoring.ExportFollowUps;
import id.naikkelas.export.monitoring.ExporterVisits;
import id.naikkelas.export.monitoring.FollowUpState;
import id.naikkelas.export.monitoring.FollowUpView;
import id.naikkelas.export.monitoring.ObstacleCategory;
import id.naikkelas.export.monitoring.VisitView;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.export.shipment.ExportTotals;
import id.naikkelas.export.shipment.TotalsBy;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.RegistryDemoRecords;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The demo export ledger adds up to the figures the seeds report. */
@IntegrationTest
class ExportDemoDataTest {

  @Autowired Registry registry;
  @Autowired RegistryDemoRecords records;
  @Autowired ExportShipments shipments;
  @Autowired ExportTotals totals;
  @Autowired ExporterVisits visits;
  @Autowired ExportFollowUps followUps;
  @Autowired Clock clock;

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

  @Test
  void the_demo_visits_have_obstacles_and_actions_done_open_and_overdue() {
    new ExportDemo(registry, records, shipments).run(null);
    ExportDemoVisits demo = new ExportDemoVisits(registry, visits, followUps, clock);
    demo.run(null);
    demo.run(null);
    Actor officer = new Actor(0, "demo", "demo", Role.OFFICER, "35.24");
    List<VisitView> snacks =
        visits.history(officer, DemoBusinesses.named(registry, officer, "Snack Mekar Sari"));
    assertThat(snacks).hasSize(1);
    assertThat(snacks.get(0).obstacles())
        .extracting(o -> o.category())
        .contains(ObstacleCategory.CERTIFICATION);
    assertThat(snacks.get(0).actions())
        .extracting(FollowUpView::state)
        .containsExactly(FollowUpState.DONE, FollowUpState.OPEN);
    assertThat(snacks.get(0).actions().get(1).overdue()).isTrue();
    for (String name :
        List.of(
            "Tenun Ikat Parengan",
            "Konveksi Sumber Rejeki",
            "Lobster Kerapu Paciran",
            "Arang Kayu Sejahtera")) {
      assertThat(visits.history(officer, DemoBusinesses.named(registry, officer, name)))
          .as(name)
          .hasSize(1);
    }
    assertThat(followUps.open(officer, true, PageRequest.of(0, 500)).getContent())
        .extracting(FollowUpView::businessName)
        .contains("Snack Mekar Sari", "Lobster Kerapu Paciran");
  }
}
