package id.naikkelas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.export.market.MarketState;
import id.naikkelas.export.market.TargetMarketView;
import id.naikkelas.export.market.TargetMarkets;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.RegistryDemoRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo exporters have target markets at several stages. */
@IntegrationTest
class ExportDemoMarketsTest {

  static final Actor OFFICER = new Actor(0, "demo", "demo", Role.OFFICER, "35.24");

  @Autowired Registry registry;
  @Autowired RegistryDemoRecords records;
  @Autowired ExportShipments shipments;
  @Autowired TargetMarkets markets;

  @Test
  void the_seed_exporters_have_target_markets_at_several_stages() {
    new ExportDemo(registry, records, shipments).run(null);
    new ExportDemoMarkets(registry, markets).run(null);
    assertThat(state("Tenun Ikat Parengan", "KR")).isEqualTo(MarketState.NEGOTIATING);
    assertThat(state("Konveksi Sumber Rejeki", "CA")).isEqualTo(MarketState.SAMPLE_SENT);
    assertThat(state("Anyaman Bambu Sumberwudi", "NZ")).isEqualTo(MarketState.PROSPECT);
    assertThat(state("Snack Mekar Sari", "SA")).isEqualTo(MarketState.DROPPED);
  }

  private MarketState state(String exporter, String country) {
    long business = DemoBusinesses.named(registry, OFFICER, exporter);
    return markets.forExporter(OFFICER, business).stream()
        .filter(m -> m.country().equals(country))
        .map(TargetMarketView::state)
        .findFirst()
        .orElseThrow();
  }
}
