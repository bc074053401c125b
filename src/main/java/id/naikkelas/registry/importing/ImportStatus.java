package id.naikkelas.registry.importing;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** Where an import job stands; {@code failure} is a message key when it FAILED. */
@NamedInterface("importing")
public record ImportStatus(
    UUID id,
    String fileName,
    String format,
    boolean dryRun,
    String status,
    int totalRows,
    int processedRows,
    int imported,
    int rejected,
    int duplicates,
    int flagged,
    String createdBy,
    Instant createdAt,
    Instant finishedAt,
    String failureKey,
    String failureArgs) {

  /** The states of an import job, as stored in {@code business_import.status}. */
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
