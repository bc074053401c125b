package id.naikkelas.demo;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.export.market.MarketMove;
import id.naikkelas.export.market.TargetMarketForm;
import id.naikkelas.export.market.TargetMarkets;
import id.naikkelas.registry.Registry;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: target markets of the seeds' exporters at several stages, added and moved through the
 * export module as an officer would. Runs after {@link ExportDemo}, once: a later start finds the
 * first exporter's market.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 51)
class ExportDemoMarkets implements ApplicationRunner {

  private static final Actor OFFICER = new Actor(0, "demo", "demo", Role.OFFICER, "35.24");

  /** A target market of an exporter and the moves it has made. */
  record Demo(
      String exporter, String country, String heading, String buyer, List<MarketMove> moves) {}

  static final List<Demo> MARKETS =
      List.of(
          new Demo(
              "Tenun Ikat Parengan",
              "KR",
              "5208",
              "Seoul Textile Trading",
              List.of(MarketMove.SAMPLE_SENT, MarketMove.NEGOTIATING)),
          new Demo("Konveksi Sumber Rejeki", "CA", "6205", null, List.of(MarketMove.SAMPLE_SENT)),
          new Demo("Anyaman Bambu Sumberwudi", "NZ", "4602", null, List.of()),
          new Demo("Snack Mekar Sari", "SA", "1905", null, List.of(MarketMove.DROP)));

  private final Registry registry;
  private final TargetMarkets markets;

  ExportDemoMarkets(Registry registry, TargetMarkets markets) {
    this.registry = registry;
    this.markets = markets;
  }

  @Override
  public void run(ApplicationArguments args) {
    Long first = DemoBusinesses.named(registry, OFFICER, MARKETS.get(0).exporter());
    if (first == null || !markets.forExporter(OFFICER, first).isEmpty()) {
      return;
    }
    for (Demo d : MARKETS) {
      Long business = DemoBusinesses.named(registry, OFFICER, d.exporter());
      if (business == null) {
        continue;
      }
      long id =
          markets
              .add(
                  OFFICER,
                  business,
                  new TargetMarketForm(d.country(), d.heading(), d.buyer(), null))
              .id();
      for (MarketMove m : d.moves()) {
        markets.move(OFFICER, id, m, m == MarketMove.DROP ? "Sertifikat halal belum ada" : null);
      }
    }
  }
}
