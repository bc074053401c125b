package id.naikkelas.registry.importing;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.sheets.ImportFiles;
import id.naikkelas.platform.sheets.SheetCell;
import id.naikkelas.platform.sheets.SheetRowHandler;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.DraftChecker;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.transaction.support.TransactionTemplate;

/** Collects rows into batches and writes each with its problems and counters. */
final class ImportBatches implements SheetRowHandler {
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

  private final ImportJobStore jobs;
  private final ImportBatchWriter writer;
  private final DraftChecker checker;
  private final Regions regions;
  private final TransactionTemplate transactions;

  ImportBatches(
      UUID id,
      Actor by,
      boolean dryRun,
      ImportJobStore jobs,
      ImportBatchWriter writer,
      DraftChecker checker,
      Regions regions,
      TransactionTemplate transactions) {
    this.id = id;
    this.by = by;
    this.dryRun = dryRun;
    this.jobs = jobs;
    this.writer = writer;
    this.checker = checker;
    this.regions = regions;
    this.transactions = transactions;
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
      throw new InvalidInputException("file", "import.header.missing", String.join(", ", missing));
    }
    converter = new RowConverter(positions, checker, new VillageDirectory(regions, by.scope()), by);
  }

  @Override
  public void row(int rowNumber, List<SheetCell> cells) {
    if (ImportFiles.blank(cells)) {
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
    if (processed >= ImportRunner.BATCH_ROWS) {
      flush();
    }
  }

  /**
   * Hands the batch to the writer thread and goes on reading: checking the next rows overlaps with
   * encrypting and writing these. At most one batch is being written at a time, in order.
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
    jobs.progress(id, batch.processed(), result.imported(), result.rejected(), result.duplicates());
    imported += result.imported();
    rejected += result.rejected();
    duplicates += result.duplicates();
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
}
