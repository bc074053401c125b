package id.naikkelas.registry.kbli;

import id.naikkelas.platform.sheets.ImportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The official KBLI 2020 list ships with the application ({@code registry/kbli/kbli2020.csv},
 * provenance beside it) and is loaded at the first start, before any other start-up work, so codes
 * are checked against it from then on. A deployment that has a 2020 list recorded (this one, or one
 * an admin loaded) keeps it: an admin replaces it at /admin/kbli.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class KbliStarterList implements ApplicationRunner {

  static final int VERSION = 2020;
  static final String FILE = "kbli2020.csv";
  private static final Logger log = LoggerFactory.getLogger(KbliStarterList.class);

  private final KbliReference kbli;

  KbliStarterList(KbliReference kbli) {
    this.kbli = kbli;
  }

  @Override
  public void run(ApplicationArguments args) {
    loadIfMissing();
  }

  /** Loads the shipped list unless a KBLI 2020 list is recorded; answers whether it loaded. */
  boolean loadIfMissing() {
    boolean loaded = kbli.loadStarter(VERSION, FILE, entries());
    if (loaded) {
      log.info("KBLI {}: loaded the official list shipped with the application", VERSION);
    }
    return loaded;
  }

  /** The shipped list, read and checked like an uploaded file. */
  static List<KbliReference.Entry> entries() {
    Path file = null;
    try (InputStream in = new ClassPathResource("registry/kbli/" + FILE).getInputStream()) {
      file = Files.createTempFile("kbli2020", ".csv");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return KbliListFile.read(VERSION, file, FILE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the shipped KBLI list", e);
    } finally {
      if (file != null) {
        ImportFiles.deleteQuietly(file);
      }
    }
  }
}
