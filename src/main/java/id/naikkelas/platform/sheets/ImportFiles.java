package id.naikkelas.platform.sheets;

import id.naikkelas.platform.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every spreadsheet import does with its file: store the upload, count rows, clean up. */
public final class ImportFiles {

  private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);

  private ImportFiles() {}

  /** Stores the upload as {@code <id>.upload} in the folder. */
  public static Path store(Path folder, UUID id, InputStream content) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(id + ".upload");
      Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the upload", e);
    }
  }

  /** What the stored file really is; a file that is not XLSX or CSV is deleted and refused. */
  public static SheetFormat format(Path file, String fileName) {
    try {
      return SheetFormat.of(file, fileName);
    } catch (InvalidInputException e) {
      deleteQuietly(file);
      throw e;
    }
  }

  /**
   * Reads the whole file once, so that a broken file fails before anything is written: the header
   * goes to {@code header} (which may refuse it), and the rows that are not blank are counted.
   */
  public static int count(
      Path file, SheetFormat format, int maxRows, Consumer<List<String>> header) {
    int[] rows = {0};
    format.read(
        file,
        maxRows,
        new SheetRowHandler() {
          @Override
          public void header(List<String> headers) {
            header.accept(headers);
          }

          @Override
          public void row(int rowNumber, List<SheetCell> cells) {
            if (!blank(cells)) {
              rows[0]++;
            }
          }
        });
    return rows[0];
  }

  public static boolean blank(List<SheetCell> cells) {
    return cells.stream().allMatch(c -> c == null || c.text() == null || c.text().isBlank());
  }

  /** A failure's message arguments as stored in {@code failure_args}: joined by "|", or null. */
  public static String joinArgs(Object[] args) {
    if (args == null || args.length == 0) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (Object arg : args) {
      texts.add(String.valueOf(arg));
    }
    return String.join("|", texts);
  }

  public static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete {}", file);
    }
  }

  /**
   * Hands a job to its executor; when the executor's queue is full, the job does not run and the
   * caller is told (false), so it can fail the job at once instead of leaving it running.
   */
  public static boolean submit(java.util.concurrent.Executor executor, Runnable job) {
    try {
      executor.execute(job);
      return true;
    } catch (java.util.concurrent.RejectedExecutionException full) { // Spring's TaskRejected too
      log.warn("import queue full; job refused");
      return false;
    }
  }

  /**
   * Starts an import job on its executor with the caller's security context; when the queue is
   * full, {@code refused} fails the job at once and the stored upload is deleted.
   */
  public static void launch(
      java.util.concurrent.Executor executor, Path file, Runnable job, Runnable refused) {
    if (!submit(
        executor,
        new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(job))) {
      refused.run();
      deleteQuietly(file);
    }
  }
}
