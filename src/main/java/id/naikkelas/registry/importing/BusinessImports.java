package id.naikkelas.registry.importing;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.DatabaseProperties;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.sheets.ImportFiles;
import id.naikkelas.platform.sheets.ImportJobState;
import id.naikkelas.platform.sheets.SheetFormat;
import id.naikkelas.registry.duplicates.Duplicates;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Excel and CSV import of the registry, as a job: {@link #start} stores the file, checks what it
 * really is and answers at once; the rows are checked and written on the import thread. Officers
 * see only jobs of their scope, and no row lands outside the uploader's scope.
 */
@Service
@NamedInterface("importing")
public class BusinessImports {

  private final ImportJobStore jobs;
  private final ImportRunner runner;
  private final ImportReports reports;
  private final Duplicates duplicates;
  private final ThreadPoolTaskExecutor executor;
  private final Path folder;
  private final int maxRows;
  private final Clock clock;

  BusinessImports(
      ImportJobStore jobs,
      ImportRunner runner,
      ImportReports reports,
      Duplicates duplicates,
      @Qualifier("importExecutor") ThreadPoolTaskExecutor executor,
      DatabaseProperties data,
      @Value("${naikkelas.import.max-rows:1000000}") int maxRows,
      Clock clock) {
    this.jobs = jobs;
    this.runner = runner;
    this.reports = reports;
    this.duplicates = duplicates;
    this.executor = executor;
    this.folder = data.dataDir().resolve("imports");
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
          if (!dryRun) {
            // Likely duplicates among the new rows go to the review queue right after.
            duplicates.flagImport(id, scope);
          }
        },
        // too many imports waiting: the job fails at once, saying so
        () -> jobs.finish(id, ImportJobState.FAILED, "import.busy", null, clock.instant()));
    return id;
  }

  /**
   * Runs an import on the calling thread (the benchmark and the demo data use this); flagging
   * likely duplicates is left to {@link Duplicates#flagImport}, which the caller runs if it wants.
   */
  public ImportStatus runNow(Actor by, Path file, boolean dryRun) {
    String scope = by.officerScope();
    UUID id = UUID.randomUUID();
    SheetFormat format = SheetFormat.of(file, file.getFileName().toString());
    jobs.create(
        id, by.username(), scope, file.getFileName().toString(), format, dryRun, clock.instant());
    runner.run(id, by, file, format, dryRun, maxRows);
    return status(by, id);
  }

  public ImportStatus status(Actor by, UUID id) {
    return jobs.find(id, by.officerScope()).orElseThrow(() -> new NotFoundException("import", id));
  }

  public Page<ImportProblem> problems(Actor by, UUID id, Pageable pageable) {
    status(by, id);
    return jobs.problems(id, pageable);
  }

  public List<ImportStatus> recent(Actor by) {
    return jobs.recent(by.officerScope(), 20);
  }

  /** The uploaded rows with a column of problems and the bad cells marked, as XLSX. */
  public byte[] report(Actor by, UUID id, Locale locale) {
    ImportStatus status = status(by, id);
    Path file = folder.resolve(id + ".upload");
    return reports.annotated(
        status, Files.exists(file) ? file : null, jobs.allProblems(id), locale);
  }

  /**
   * The import template with text-formatted NIK, NIB and phone columns and the scope's villages.
   */
  public byte[] template(Actor by, Locale locale) {
    return reports.template(by.officerScope(), locale);
  }

  private static String safeName(String fileName) {
    String name =
        fileName == null ? "upload" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
    name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
