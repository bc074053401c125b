package id.naikkelas.registry.importing;

import id.naikkelas.platform.sheets.ImportJobState;
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

  public boolean running() {
    return ImportJobState.running(status);
  }

  /** Percent of rows processed, for the progress bar. */
  public int percent() {
    return ImportJobState.percent(status, totalRows, processedRows);
  }
}
