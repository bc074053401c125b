package id.naikkelas.export.importing;

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

  /** The states of an import job, as stored in {@code export_shipment_import.status}. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  public boolean running() {
    return State.RUNNING.name().equals(status);
  }

  /** Percent of rows processed, for the progress bar. */
  public int percent() {
    if (!running()) {
      return 100;
    }
    return totalRows == 0 ? 0 : (int) Math.min(100, processedRows * 100L / totalRows);
  }
}
