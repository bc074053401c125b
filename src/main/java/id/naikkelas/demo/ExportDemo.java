package id.naikkelas.demo;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.export.shipment.ShipmentForm;
import id.naikkelas.export.shipment.ShipmentSource;
import id.naikkelas.platform.Sex;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.RegistryDemoRecords;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: the exporters of the seeds and their shipments ({@link ExportDemoLedger}), registered
 * and recorded through the registry and the export ledger as an officer would, so the regency
 * totals reproduce the seeds' figures. Runs once: a later start finds the first exporter.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class ExportDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ExportDemo.class);
  private static final Actor OFFICER = new Actor(0, "demo", "demo", Role.OFFICER, "35.24");

  private final Registry registry;
  private final RegistryDemoRecords records;
  private final ExportShipments shipments;

  ExportDemo(Registry registry, RegistryDemoRecords records, ExportShipments shipments) {
    this.registry = registry;
    this.records = records;
    this.shipments = shipments;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (business(ExportDemoLedger.EXPORTERS.get(0).name()) != null) {
      return;
    }
    List<Long> ids = new ArrayList<>();
    for (ExportDemoLedger.Exporter e : ExportDemoLedger.EXPORTERS) {
      long id = registry.register(OFFICER, draft(e, ids.size()), BusinessSource.FORM).id();
      registry.verify(OFFICER, id);
      records.mark(id);
      ids.add(id);
    }
    Long handicraft = business("R n D Handycraft");
    int recorded = 0;
    for (ExportDemoLedger.Line l : ExportDemoLedger.LINES) {
      Long business =
          l.exporter() == ExportDemoLedger.HANDICRAFT ? handicraft : ids.get(l.exporter());
      if (business == null) {
        continue;
      }
      long id =
          shipments
              .record(
                  OFFICER,
                  new ShipmentForm(
                      business,
                      l.shippedOn(),
                      null,
                      null,
                      l.hsCode(),
                      l.commodity(),
                      l.country(),
                      null,
                      l.amount(),
                      l.currency(),
                      l.rate() == null ? null : new BigDecimal(l.rate()),
                      l.rateDate(),
                      null,
                      null,
                      null,
                      null),
                  ShipmentSource.OFFICER)
              .id();
      if (l.verified()) {
        shipments.verify(OFFICER, id);
      }
      recorded++;
    }
    log.info("Demo export ledger: {} exporters, {} shipments", ids.size(), recorded);
  }

  private static BusinessDraft draft(ExportDemoLedger.Exporter e, int index) {
    String district = e.village().substring(0, 8).replace(".", "");
    return new BusinessDraft(
        district + "120880" + String.format("%02d", 20 + index) + "01",
        "Pemilik " + e.name(),
        Sex.MALE,
        "08123100000" + index,
        null,
        null,
        null,
        e.name(),
        null,
        2020,
        List.of(e.kbli()),
        new BigDecimal("900000000"),
        BigDecimal.valueOf(e.annualSales()),
        25,
        2010,
        e.village(),
        "Kabupaten Lamongan",
        List.of(),
        false,
        true,
        true,
        null,
        null,
        null,
        false);
  }

  private Long business(String name) {
    return DemoBusinesses.named(registry, OFFICER, name);
  }
}
