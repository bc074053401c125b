package id.naikkelas.platform.sheets;

/** The states of a spreadsheet import job, as stored in its table's {@code status} column. */
public enum ImportJobState {
  RUNNING,
  DONE,
  FAILED;

  /** Whether a stored status is RUNNING. */
  public static boolean running(String status) {
    return RUNNING.name().equals(status);
  }

  /** Percent of rows processed, for the progress bar; 100 once the job is no longer running. */
  public static int percent(String status, int totalRows, int processedRows) {
    if (!running(status)) {
      return 100;
    }
    return totalRows == 0 ? 0 : (int) Math.min(100, processedRows * 100L / totalRows);
  }
}
