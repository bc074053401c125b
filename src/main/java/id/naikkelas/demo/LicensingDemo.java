package id.naikkelas.demo;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.ProductView;
import id.naikkelas.catalogue.Products;
import id.naikkelas.licensing.LicenceKind;
import id.naikkelas.licensing.LicensingActions;
import id.naikkelas.licensing.LicensingApplication;
import id.naikkelas.licensing.LicensingAssignments;
import id.naikkelas.licensing.LicensingDemoRecords;
import id.naikkelas.licensing.LicensingProgrammes;
import id.naikkelas.licensing.LicensingRequests;
import id.naikkelas.licensing.ProgrammeRequest;
import id.naikkelas.licensing.Stage;
import id.naikkelas.licensing.StageInput;
import id.naikkelas.licensing.StageResult;
import id.naikkelas.registry.Registry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Demo only: the named businesses at different licensing stages, through the licensing services as
 * an officer would move them — Koko Nono's P-IRT issued and its halal certificate in progress in
 * the year's free halal programme (assigned to the regency's licensing officer), Sby corp.'s P-IRT
 * ending within six months, Tas by Soe Art's trademark filed with its recommendation letter. Runs
 * once, after the catalogue demo.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class LicensingDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(LicensingDemo.class);
  private static final Actor OFFICER = new Actor(0, "demo", "demo", Role.OFFICER, "35.24");

  private final Registry registry;
  private final Products products;
  private final LicensingRequests requests;
  private final LicensingActions actions;
  private final LicensingProgrammes programmes;
  private final LicensingDemoRecords records;
  private final LicensingAssignments assignments;
  private final Clock clock;

  LicensingDemo(
      Registry registry,
      Products products,
      LicensingRequests requests,
      LicensingActions actions,
      LicensingProgrammes programmes,
      LicensingDemoRecords records,
      LicensingAssignments assignments,
      Clock clock) {
    this.registry = registry;
    this.products = products;
    this.requests = requests;
    this.actions = actions;
    this.programmes = programmes;
    this.records = records;
    this.assignments = assignments;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (records.present()) {
      return;
    }
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    long halalProgramme =
        programmes
            .open(
                OFFICER,
                new ProgrammeRequest(
                    "Fasilitasi Sertifikasi Halal Gratis " + today.getYear(),
                    LicenceKind.HALAL,
                    today.getYear(),
                    300,
                    "35.24"))
            .id();
    List<Long> made = new ArrayList<>();
    Long koko = business("Koko Nono");
    Long sby = business("Sby corp.");
    Long soeArt = business("Tas by Soe Art");
    if (koko != null && !productsOf(koko).isEmpty()) {
      made.add(pirt(koko, productsOf(koko).get(0), today, today.plusYears(5).minusDays(1)));
      long halal =
          apply(
              new LicensingApplication(
                  koko,
                  LicenceKind.HALAL,
                  productsOf(koko),
                  halalProgramme,
                  null,
                  null,
                  null,
                  null));
      complete(halal, Stage.DOCUMENTS_CHECKED, StageInput.on(today));
      complete(
          halal,
          Stage.COMPANION_ASSIGNED,
          new StageInput(today, null, null, null, "Siti Aminah", null, null, null));
      // the halal request is in the hands of the regency's licensing officer
      assignments.candidates(OFFICER, halal).stream()
          .filter(o -> o.fullName().contains("Lamongan"))
          .findFirst()
          .ifPresent(o -> assignments.assign(OFFICER, halal, o.id()));
      made.add(halal);
    }
    if (sby != null && !productsOf(sby).isEmpty()) {
      made.add(pirt(sby, productsOf(sby).get(0), today, today.plusMonths(5)));
      long halal =
          apply(
              new LicensingApplication(
                  sby, LicenceKind.HALAL, productsOf(sby), halalProgramme, null, null, null, null));
      made.add(halal);
    }
    if (soeArt != null) {
      long tm =
          apply(
              new LicensingApplication(
                  soeArt,
                  LicenceKind.TRADEMARK,
                  null,
                  null,
                  "Soe Art",
                  List.of(18),
                  "Tas tangan, dompet dan keranjang dari anyaman eceng gondok",
                  null));
      complete(tm, Stage.DOCUMENTS_CHECKED, StageInput.on(today));
      complete(
          tm,
          Stage.PDKI_CHECKED,
          new StageInput(
              today, "Tidak ada merek serupa", StageResult.PASS, null, null, null, null, null));
      complete(tm, Stage.LETTER_ISSUED, StageInput.on(today));
      complete(
          tm,
          Stage.FILED,
          new StageInput(
              today, null, null, "DID" + today.getYear() + "004217", null, null, null, null));
      made.add(tm);
    }
    records.mark(made, List.of(halalProgramme));
    log.info(
        "Demo licensing: {} requests at their stages and a halal programme in {} ms",
        made.size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** A P-IRT through every stage, issued today with the expiry given. */
  private long pirt(long business, long product, LocalDate today, LocalDate expires) {
    long id =
        apply(
            new LicensingApplication(
                business, LicenceKind.PIRT, List.of(product), null, null, null, null, null));
    complete(id, Stage.DOCUMENTS_CHECKED, StageInput.on(today));
    complete(id, Stage.PKP_TRAINING, reference(today, "PKP-" + today.getYear() + "-0" + business));
    complete(
        id,
        Stage.SITE_INSPECTION,
        new StageInput(today, null, StageResult.PASS, null, null, null, null, null));
    complete(id, Stage.OSS_SUBMITTED, reference(today, "OSS-" + business));
    String number = String.format("2063524%06d%02d", business % 1_000_000, expires.getYear() % 100);
    complete(
        id, Stage.ISSUED, new StageInput(today, null, null, null, null, number, today, expires));
    return id;
  }

  private static StageInput reference(LocalDate on, String reference) {
    return new StageInput(on, null, null, reference, null, null, null, null);
  }

  private long apply(LicensingApplication a) {
    return requests.apply(OFFICER, a).id();
  }

  private void complete(long id, Stage stage, StageInput input) {
    actions.complete(OFFICER, id, stage, input);
  }

  private List<Long> productsOf(long business) {
    return products.ofBusiness(business).stream().map(ProductView::id).toList();
  }

  private Long business(String name) {
    return DemoBusinesses.named(registry, OFFICER, name);
  }
}
