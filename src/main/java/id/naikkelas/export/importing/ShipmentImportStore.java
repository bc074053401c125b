package id.naikkelas.export.importing;

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

/** The shipment import jobs and their problems; reads are always filtered by the caller's scope. */
@Component
class ShipmentImportStore {

  private static final RowMapper<ShipmentImportStatus> STATUS =
      (rs, i) ->
          new ShipmentImportStatus(
              rs.getObject("id", UUID.class),
              rs.getString("file_name"),
              rs.getString("file_format"),
              rs.getBoolean("dry_run"),
              rs.getString("status"),
              rs.getInt("total_rows"),
              rs.getInt("processed_rows"),
              rs.getInt("stored"),
              rs.getInt("refused"),
              rs.getString("created_by"),
              rs.getTimestamp("created_at").toInstant(),
              rs.getTimestamp("finished_at") == null
                  ? null
                  : rs.getTimestamp("finished_at").toInstant(),
              rs.getString("failure_key"),
              rs.getString("failure_args") == null
                  ? List.of()
                  : List.of(rs.getString("failure_args").split("\\|", -1)));

  private final JdbcClient jdbc;
  private final ImportJobTable table;

  ShipmentImportStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.table =
        new ImportJobTable(jdbc, batch, "export_shipment_import", "export_shipment_import_problem");
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

  /** Adds a chunk's counters and problems. */
  void progress(UUID id, int processed, int stored, int refused, List<ShipmentImportProblem> ps) {
    table.addProblems(id, ps.stream().map(ShipmentImportStore::fitted).toList(), 500);
    jdbc.sql(
            """
            update export_shipment_import set processed_rows = processed_rows + ?,
                   stored = stored + ?, refused = refused + ? where id = ?""")
        .params(processed, stored, refused, id)
        .update();
  }

  void finish(UUID id, ImportJobState status, String failureKey, String failureArgs, Instant now) {
    table.finish(id, status, failureKey, cut(failureArgs, 300), now);
  }

  /** Jobs a stopped process left RUNNING: the rows they recorded stay, the job is reported. */
  int failInterrupted(Instant now) {
    return table.failInterrupted(now);
  }

  Optional<ShipmentImportStatus> find(UUID id, String scope) {
    return table.find(id, scope, STATUS);
  }

  List<ShipmentImportStatus> recent(String scope, int limit) {
    return table.recent(scope, limit, STATUS);
  }

  Page<ShipmentImportProblem> problems(UUID id, Pageable pageable) {
    return table.problems(id, pageable, ShipmentImportProblem::new);
  }

  /** The problem cut to the problem table's column sizes. */
  private static ShipmentImportProblem fitted(ShipmentImportProblem p) {
    return new ShipmentImportProblem(
        p.row(),
        cut(p.column(), 60),
        cut(p.code(), 60),
        p.messageKey(),
        p.args().stream().map(a -> cut(a, 300)).toList());
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
