package id.naikkelas.export.importing;

import id.naikkelas.platform.sheets.ImportJobState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a shipment import stands: rows read of the total, rows stored (in a dry run: that would be
 * stored) and refused; {@code failureKey} is a message key when the file itself FAILED.
 */
public record ShipmentImportStatus(
    UUID id,
    String fileName,
    String format,
    boolean dryRun,
    String status,
    int totalRows,
    int processedRows,
    int stored,
    int refused,
    String createdBy,
    Instant createdAt,
    Instant finishedAt,
    String failureKey,
    List<String> failureArgs) {

  public boolean running() {
    return ImportJobState.running(status);
  }

  /** Percent of rows processed, for the progress bar. */
  public int percent() {
    return ImportJobState.percent(status, totalRows, processedRows);
  }
}
