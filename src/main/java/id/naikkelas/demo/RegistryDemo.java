package id.naikkelas.demo;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.Sex;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.RegistryDemoRecords;
import id.naikkelas.registry.RegistryRowGenerator;
import id.naikkelas.registry.importing.BusinessImports;
import id.naikkelas.registry.importing.ImportStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Demo only: fills Lamongan with 7,635 generated businesses (the count of UMKM actors the seeds
 * report) across its 27 districts, through the real import, and adds the businesses the news
 * articles name. Everything it makes is marked demo. Runs once; later starts find the data.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RegistryDemo implements ApplicationRunner {

  static final int LAMONGAN_BUSINESSES = 7_635;
  private static final Logger log = LoggerFactory.getLogger(RegistryDemo.class);

  /** The businesses the seeds name; owners, NIKs and numbers are invented for the demo. */
  private record Named(
      String name, String product, String kbli, String village, String owner, String sex) {}

  private static final List<Named> NAMED =
      List.of(
          new Named("Koko Nono", "aneka keripik", "10792", "35.24.22.1012", "Nur Hasanah", "P"),
          new Named("Sby corp.", "aneka kerupuk", "10792", "35.24.22.1013", "Sugeng Basuki", "L"),
          new Named("Tas by Soe Art", "tas", "15121", "35.24.22.1014", "Soelistyowati", "P"),
          new Named(
              "R n D Handycraft",
              "kerajinan tangan",
              "32909",
              "35.24.22.1015",
              "Rini Damayanti",
              "P"),
          new Named(
              "Klengkeng Kateki", "klengkeng", "01220", "35.08.10.1003", "Kateki Santoso", "L"));

  private final RegistryRowGenerator generator;
  private final BusinessImports imports;
  private final Registry registry;
  private final RegistryDemoRecords records;

  RegistryDemo(
      RegistryRowGenerator generator,
      BusinessImports imports,
      Registry registry,
      RegistryDemoRecords records) {
    this.generator = generator;
    this.imports = imports;
    this.registry = registry;
    this.records = records;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (records.present()) {
      return;
    }
    long started = System.nanoTime();
    Actor lamongan = new Actor(0, "demo", "demo", Role.OFFICER, "35.24");
    Path file;
    try {
      file = Files.createTempFile("naikkelas-demo", ".csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      generator.write(
          new RegistryRowGenerator.Spec("35.24", LAMONGAN_BUSINESSES, 2024, 0, 0), file);
      ImportStatus status = imports.runNow(lamongan, file, false);
      records.markImport(status.id());
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.warn("Demo file {} left behind: {}", file, e.getMessage());
      }
    }
    for (Named named : NAMED) {
      Actor officer = new Actor(0, "demo", "demo", Role.OFFICER, named.village().substring(0, 5));
      long id = registry.register(officer, draft(named), BusinessSource.FORM).id();
      records.mark(id);
    }
    // Most of a real registry is verified; keep about a third as drafts to work on.
    records.verifyAllButEveryThird();
    log.info(
        "Demo registry: {} businesses in Lamongan and the {} named in the news, in {} s",
        LAMONGAN_BUSINESSES,
        NAMED.size(),
        (System.nanoTime() - started) / 1_000_000_000);
  }

  private static BusinessDraft draft(Named n) {
    String district = n.village().substring(0, 8).replace(".", "");
    String nik =
        district
            + ("P".equals(n.sex()) ? "52" : "12")
            + "0880"
            + "0"
            + (1 + NAMED.indexOf(n))
            + "01";
    return new BusinessDraft(
        nik,
        n.owner(),
        Sex.ofLetter(n.sex()),
        "0812" + "3000000" + NAMED.indexOf(n),
        null,
        null,
        null,
        n.name(),
        null,
        2020,
        List.of(n.kbli()),
        new BigDecimal("50000000"),
        new BigDecimal("300000000"),
        4,
        2016,
        n.village(),
        "Kabupaten " + ("35.08".equals(n.village().substring(0, 5)) ? "Lumajang" : "Lamongan"),
        List.of(),
        true,
        n.kbli().startsWith("1") || n.kbli().startsWith("3"),
        false,
        null,
        null,
        null,
        true);
  }
}
