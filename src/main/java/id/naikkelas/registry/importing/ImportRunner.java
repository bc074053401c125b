package id.naikkelas.registry.importing;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.sheets.ImportFiles;
import id.naikkelas.platform.sheets.ImportJobState;
import id.naikkelas.platform.sheets.SheetFormat;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.DraftChecker;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: counts the rows (reading the whole file once, so a broken file fails before
 * anything is written), then checks and writes them in batches. Each batch — its businesses, its
 * problems and the job's counters — commits together; a dry run rolls the businesses back. Reading
 * and checking run on this thread while the previous batch is written on a second one.
 */
@Component
public class ImportRunner {

  static final int BATCH_ROWS = 5_000;
  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

  private final ImportJobStore jobs;
  private final ImportBatchWriter writer;
  private final DraftChecker checker;
  private final Regions regions;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ImportRunner(
      ImportJobStore jobs,
      ImportBatchWriter writer,
      DraftChecker checker,
      Regions regions,
      AuditTrail audit,
      TransactionTemplate transactions,
      Clock clock) {
    this.jobs = jobs;
    this.writer = writer;
    this.checker = checker;
    this.regions = regions;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  void run(UUID id, Actor by, Path file, SheetFormat format, boolean dryRun, int maxRows) {
    try {
      int total = ImportFiles.count(file, format, maxRows, header -> {});
      jobs.total(id, total);
      ImportBatches batches =
          new ImportBatches(id, by, dryRun, jobs, writer, checker, regions, transactions);
      try {
        format.read(file, maxRows, batches);
        batches.flush();
        batches.awaitWrites();
      } finally {
        batches.close();
      }
      jobs.finish(id, ImportJobState.DONE, null, null, clock.instant());
      if (!dryRun) {
        transactions.executeWithoutResult(
            tx ->
                audit.record(
                    AuditAction.CREATE,
                    "business-import",
                    id,
                    by.scope(),
                    null,
                    Map.of(
                        "file",
                        file.getFileName().toString(),
                        "imported",
                        batches.imported,
                        "rejected",
                        batches.rejected,
                        "duplicates",
                        batches.duplicates)));
      }
    } catch (InvalidInputException e) {
      var problem = e.problems().get(0);
      jobs.finish(
          id,
          ImportJobState.FAILED,
          problem.messageKey(),
          ImportFiles.joinArgs(problem.args()),
          clock.instant());
    } catch (RuntimeException e) {
      log.error("Import {} failed", id, e);
      jobs.finish(id, ImportJobState.FAILED, "import.failed", null, clock.instant());
    }
  }
}
