package id.naikkelas.registry;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.region.Regions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
class ImportRunner {

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
      int total = count(file, format, maxRows);
      jobs.total(id, total);
      Batches batches = new Batches(id, by, dryRun);
      try {
        format.read(file, maxRows, batches);
        batches.flush();
        batches.awaitWrites();
      } finally {
        batches.close();
      }
      jobs.finish(id, "DONE", null, null, clock.instant());
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
      jobs.finish(id, "FAILED", problem.messageKey(), args(problem.args()), clock.instant());
    } catch (RuntimeException e) {
      log.error("Import {} failed", id, e);
      jobs.finish(id, "FAILED", "import.failed", null, clock.instant());
    }
  }

  private static int count(Path file, SheetFormat format, int maxRows) {
    int[] rows = {0};
    format.read(
        file,
        maxRows,
        new SheetRowHandler() {
          @Override
          public void header(List<String> headers) {}

          @Override
          public void row(int rowNumber, List<SheetCell> cells) {
            if (!blank(cells)) {
              rows[0]++;
            }
          }
        });
    return rows[0];
  }

  static boolean blank(List<SheetCell> cells) {
    return cells.stream().allMatch(c -> c == null || c.text() == null || c.text().isBlank());
  }

  private static String args(Object[] args) {
    if (args == null || args.length == 0) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (Object arg : args) {
      texts.add(String.valueOf(arg));
    }
    return String.join("|", texts);
  }

  /** Collects rows into batches and writes each with its problems and counters. */
  private final class Batches implements SheetRowHandler {
    private final UUID id;
    private final Actor by;
    private final boolean dryRun;
    private RowConverter converter;
    private final List<ImportBatchWriter.StagedRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int processed;
    private int rejectedInBatch;
    private final ExecutorService writerThread =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "import-writer"));
    private Future<?> pending;
    // Written by the writer thread, read after awaitWrites(): Future.get() orders the two.
    int imported;
    int rejected;
    int duplicates;

    Batches(UUID id, Actor by, boolean dryRun) {
      this.id = id;
      this.by = by;
      this.dryRun = dryRun;
    }

    @Override
    public void header(List<String> headers) {
      Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
      for (int i = 0; i < headers.size(); i++) {
        int position = i;
        ImportColumn.ofHeader(headers.get(i)).ifPresent(c -> positions.putIfAbsent(c, position));
      }
      List<String> missing = new ArrayList<>();
      for (ImportColumn required :
          List.of(
              ImportColumn.NIK,
              ImportColumn.OWNER_NAME,
              ImportColumn.BUSINESS_NAME,
              ImportColumn.KBLI)) {
        if (!positions.containsKey(required)) {
          missing.add(required.header());
        }
      }
      if (!positions.containsKey(ImportColumn.VILLAGE_CODE)
          && !positions.containsKey(ImportColumn.VILLAGE)) {
        missing.add(ImportColumn.VILLAGE_CODE.header());
      }
      if (!missing.isEmpty()) {
        throw new InvalidInputException(
            "file", "import.header.missing", String.join(", ", missing));
      }
      converter =
          new RowConverter(positions, checker, new VillageDirectory(regions, by.scope()), by);
    }

    @Override
    public void row(int rowNumber, List<SheetCell> cells) {
      if (blank(cells)) {
        return;
      }
      processed++;
      RowConverter.Converted converted = converter.convert(rowNumber, cells);
      if (converted.draft() != null) {
        rows.add(new ImportBatchWriter.StagedRow(rowNumber, converted.draft()));
      } else {
        rejectedInBatch++;
        problems.addAll(converted.problems());
      }
      if (processed >= BATCH_ROWS) {
        flush();
      }
    }

    /**
     * Hands the batch to the writer thread and goes on reading: checking the next rows overlaps
     * with encrypting and writing these. At most one batch is being written at a time, in order.
     */
    void flush() {
      if (processed == 0) {
        return;
      }
      Batch batch = new Batch(List.copyOf(rows), List.copyOf(problems), processed, rejectedInBatch);
      awaitWrites();
      pending = writerThread.submit(() -> store(batch));
      rows.clear();
      problems.clear();
      processed = 0;
      rejectedInBatch = 0;
    }

    /** Waits for the batch being written; its failure becomes the job's failure. */
    void awaitWrites() {
      if (pending == null) {
        return;
      }
      try {
        pending.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("import interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        pending = null;
      }
    }

    void close() {
      writerThread.shutdownNow();
    }

    private void store(Batch batch) {
      if (dryRun) {
        // A dry run writes the batch to learn what would happen, rolls it back, keeps the findings.
        BatchResult result =
            transactions.execute(
                tx -> {
                  BatchResult written = write(batch);
                  tx.setRollbackOnly();
                  return written;
                });
        transactions.executeWithoutResult(tx -> record(batch, result));
      } else {
        transactions.executeWithoutResult(tx -> record(batch, write(batch)));
      }
    }

    private BatchResult write(Batch batch) {
      ImportBatchWriter.Outcome outcome = writer.write(id, by.scope(), batch.rows());
      List<ImportProblem> all = new ArrayList<>(batch.problems());
      all.addAll(outcome.problems());
      return new BatchResult(
          all,
          outcome.imported(),
          batch.rejected() + outcome.nibTakenRows().size(),
          outcome.duplicateRows().size());
    }

    private void record(Batch batch, BatchResult result) {
      jobs.problems(id, result.problems());
      jobs.progress(
          id, batch.processed(), result.imported(), result.rejected(), result.duplicates());
      imported += result.imported();
      rejected += result.rejected();
      duplicates += result.duplicates();
    }
  }

  /** The rows of one batch as read and checked, waiting to be written. */
  private record Batch(
      List<ImportBatchWriter.StagedRow> rows,
      List<ImportProblem> problems,
      int processed,
      int rejected) {}

  /** What one batch did. */
  private record BatchResult(
      List<ImportProblem> problems, int imported, int rejected, int duplicates) {}

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (java.io.IOException e) {
      log.warn("Could not delete {}", file);
    }
  }
}
