package id.naikkelas.export.importing;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.DatabaseProperties;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.sheets.ImportFiles;
import id.naikkelas.platform.sheets.ImportJobState;
import id.naikkelas.platform.sheets.SheetFormat;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * The yearly shipment spreadsheet imported as a job, for officers and administrators: {@link
 * #start} stores the file, checks what it really is and answers at once; the rows are recorded on
 * the import thread through the ledger (source IMPORT). Officers see only jobs of their scope.
 */
@Service
public class ShipmentImports {

  private final ShipmentImportStore jobs;
  private final ShipmentImportRunner runner;
  private final ThreadPoolTaskExecutor executor;
  private final Path folder;
  private final int maxRows;
  private final Clock clock;

  ShipmentImports(
      ShipmentImportStore jobs,
      ShipmentImportRunner runner,
      @Qualifier("shipmentImportExecutor") ThreadPoolTaskExecutor executor,
      DatabaseProperties data,
      @Value("${naikkelas.import.max-rows:1000000}") int maxRows,
      Clock clock) {
    this.jobs = jobs;
    this.runner = runner;
    this.executor = executor;
    this.folder = data.dataDir().resolve("shipment-imports");
    this.maxRows = maxRows;
    this.clock = clock;
  }

  /** Stores the upload and starts the job; a file that is not XLSX or CSV is refused at once. */
  public UUID start(Actor by, String fileName, InputStream content, boolean dryRun) {
    String scope = by.officerScope();
    UUID id = UUID.randomUUID();
    String safeName = safeName(fileName);
    Path file = ImportFiles.store(folder, id, content);
    SheetFormat format = ImportFiles.format(file, safeName);
    jobs.create(id, by.username(), scope, safeName, format, dryRun, clock.instant());
    ImportFiles.launch(
        executor,
        file,
        () -> {
          runner.run(id, by, file, format, dryRun, maxRows);
        },
        // too many imports waiting: the job fails at once, saying so
        () -> jobs.finish(id, ImportJobState.FAILED, "export.import.busy", null, clock.instant()));
    return id;
  }

  public ShipmentImportStatus status(Actor by, UUID id) {
    return jobs.find(id, by.officerScope())
        .orElseThrow(() -> new NotFoundException("shipmentImport", id));
  }

  /** The job's problems in row order. */
  public Page<ShipmentImportProblem> problems(Actor by, UUID id, Pageable pageable) {
    status(by, id);
    return jobs.problems(id, pageable);
  }

  /** The scope's last twenty jobs, newest first. */
  public List<ShipmentImportStatus> recent(Actor by) {
    return jobs.recent(by.officerScope(), 20);
  }

  /** The template: header row and one example row, as XLSX or (csv true) as a UTF-8 CSV. */
  public byte[] template(Actor by, boolean csv) {
    by.officerScope();
    return csv ? ShipmentImportTemplate.csv() : ShipmentImportTemplate.xlsx();
  }

  private static String safeName(String fileName) {
    Path last =
        fileName == null || fileName.isBlank()
            ? null
            : Path.of(fileName.replace('\\', '/').replace("\u0000", "")).getFileName();
    String name = last == null ? "upload" : last.toString();
    name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
