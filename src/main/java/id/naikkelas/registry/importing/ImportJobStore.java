package id.naikkelas.registry.importing;

import id.naikkelas.platform.sheets.ImportJobState;
import id.naikkelas.platform.sheets.ImportJobTable;
import id.naikkelas.platform.sheets.SheetFormat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The import job rows and their problems; reads are always filtered by the caller's scope. */
@Component
class ImportJobStore {

  private static final RowMapper<ImportStatus> STATUS =
      (rs, i) ->
          new ImportStatus(
              rs.getObject("id", UUID.class),
              rs.getString("file_name"),
              rs.getString("file_format"),
              rs.getBoolean("dry_run"),
              rs.getString("status"),
              rs.getInt("total_rows"),
              rs.getInt("processed_rows"),
              rs.getInt("imported"),
              rs.getInt("rejected"),
              rs.getInt("duplicates"),
              rs.getInt("flagged"),
              rs.getString("created_by"),
              rs.getTimestamp("created_at").toInstant(),
              rs.getTimestamp("finished_at") == null
                  ? null
                  : rs.getTimestamp("finished_at").toInstant(),
              rs.getString("failure_key"),
              rs.getString("failure_args"));

  private final JdbcClient jdbc;
  private final ImportJobTable table;

  ImportJobStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.table = new ImportJobTable(jdbc, batch, "business_import", "business_import_problem");
  }

  void create(
      UUID id,
      String by,
      String scope,
      String fileName,
      SheetFormat format,
      boolean dryRun,
      Instant now) {
    table.create(id, by, scope, fileName, format, dryRun, now);
  }

  void total(UUID id, int total) {
    table.total(id, total);
  }

  void progress(UUID id, int processed, int imported, int rejected, int duplicates) {
    jdbc.sql(
            """
            update business_import set processed_rows = processed_rows + ?, imported = imported + ?,
                   rejected = rejected + ?, duplicates = duplicates + ? where id = ?""")
        .params(processed, imported, rejected, duplicates, id)
        .update();
  }

  void problems(UUID id, List<ImportProblem> problems) {
    table.addProblems(id, problems, 1_000);
  }

  void finish(UUID id, ImportJobState status, String failureKey, String failureArgs, Instant now) {
    table.finish(id, status, failureKey, failureArgs, now);
  }

  /** Jobs a stopped process left RUNNING: the batches they committed stay, the rest is reported. */
  int failInterrupted(Instant now) {
    return table.failInterrupted(now);
  }

  Optional<ImportStatus> find(UUID id, String scope) {
    return table.find(id, scope, STATUS);
  }

  List<ImportStatus> recent(String scope, int limit) {
    return table.recent(scope, limit, STATUS);
  }

  /** Every problem of a job, in row order, for the report. */
  List<ImportProblem> allProblems(UUID id) {
    return table.allProblems(id, ImportProblem::new);
  }

  Page<ImportProblem> problems(UUID id, Pageable pageable) {
    return table.problems(id, pageable, ImportProblem::new);
  }
}
