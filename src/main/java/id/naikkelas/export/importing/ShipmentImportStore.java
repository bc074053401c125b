package id.naikkelas.export.importing;

import id.naikkelas.platform.RegionScope;
import id.naikkelas.platform.sheets.SheetFormat;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

  private static final RowMapper<ShipmentImportProblem> PROBLEM =
      (rs, i) ->
          new ShipmentImportProblem(
              rs.getInt(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              List.of((String[]) rs.getArray(5).getArray()));

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  ShipmentImportStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  void create(
      UUID id,
      String by,
      String scope,
      String fileName,
      SheetFormat format,
      boolean dryRun,
      Instant now) {
    jdbc.sql(
            """
            insert into export_shipment_import
                (id, created_by, scope, file_name, file_format, dry_run, status, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            by,
            scope,
            fileName,
            format.name(),
            dryRun,
            ShipmentImportStatus.State.RUNNING.name(),
            Timestamp.from(now))
        .update();
  }

  void total(UUID id, int total) {
    jdbc.sql("update export_shipment_import set total_rows = ? where id = ?")
        .params(total, id)
        .update();
  }

  /** Adds a chunk's counters and problems. */
  void progress(UUID id, int processed, int stored, int refused, List<ShipmentImportProblem> ps) {
    batch.batchUpdate(
        """
        insert into export_shipment_import_problem
            (import_id, row_number, column_name, code, message_key, args)
        values (?, ?, ?, ?, ?, ?)""",
        ps,
        500,
        (st, p) -> {
          st.setObject(1, id);
          st.setInt(2, p.row());
          st.setString(3, cut(p.column(), 60));
          st.setString(4, cut(p.code(), 60));
          st.setString(5, p.messageKey());
          st.setArray(
              6,
              st.getConnection()
                  .createArrayOf("varchar", p.args().stream().map(a -> cut(a, 300)).toArray()));
        });
    jdbc.sql(
            """
            update export_shipment_import set processed_rows = processed_rows + ?,
                   stored = stored + ?, refused = refused + ? where id = ?""")
        .params(processed, stored, refused, id)
        .update();
  }

  void finish(
      UUID id,
      ShipmentImportStatus.State status,
      String failureKey,
      String failureArgs,
      Instant now) {
    jdbc.sql(
            """
            update export_shipment_import set status = ?, failure_key = ?, failure_args = ?,
                   finished_at = ? where id = ?""")
        .params(status.name(), failureKey, cut(failureArgs, 300), Timestamp.from(now), id)
        .update();
  }

  /** Jobs a stopped process left RUNNING: the rows they recorded stay, the job is reported. */
  int failInterrupted(Instant now) {
    return jdbc.sql(
            """
            update export_shipment_import set status = 'FAILED',
                   failure_key = 'import.interrupted', failure_args = processed_rows::text,
                   finished_at = ? where status = 'RUNNING'""")
        .param(Timestamp.from(now))
        .update();
  }

  Optional<ShipmentImportStatus> find(UUID id, String scope) {
    return jdbc.sql(
            "select * from export_shipment_import where id = ? and " + RegionScope.sql("scope"))
        .params(id, scope, scope)
        .query(STATUS)
        .optional();
  }

  List<ShipmentImportStatus> recent(String scope, int limit) {
    return jdbc.sql(
            "select * from export_shipment_import where "
                + RegionScope.sql("scope")
                + " order by created_at desc limit ?")
        .params(scope, scope, limit)
        .query(STATUS)
        .list();
  }

  Page<ShipmentImportProblem> problems(UUID id, Pageable pageable) {
    long total =
        jdbc.sql("select count(*) from export_shipment_import_problem where import_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    List<ShipmentImportProblem> rows =
        jdbc.sql(
                """
                select row_number, column_name, code, message_key, args
                from export_shipment_import_problem
                where import_id = ? order by row_number, id limit ? offset ?""")
            .params(id, pageable.getPageSize(), pageable.getOffset())
            .query(PROBLEM)
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
