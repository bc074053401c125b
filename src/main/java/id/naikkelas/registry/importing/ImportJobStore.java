package id.naikkelas.registry.importing;

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
  private final JdbcTemplate batch;

  ImportJobStore(JdbcClient jdbc, JdbcTemplate batch) {
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
            insert into business_import (id, created_by, scope, file_name, file_format, dry_run, status, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            by,
            scope,
            fileName,
            format.name(),
            dryRun,
            ImportStatus.State.RUNNING.name(),
            Timestamp.from(now))
        .update();
  }

  void total(UUID id, int total) {
    jdbc.sql("update business_import set total_rows = ? where id = ?").params(total, id).update();
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
    batch.batchUpdate(
        """
        insert into business_import_problem (import_id, row_number, column_name, code, message_key, args)
        values (?, ?, ?, ?, ?, ?)""",
        problems,
        1_000,
        (ps, p) -> {
          ps.setObject(1, id);
          ps.setInt(2, p.row());
          ps.setString(3, p.column());
          ps.setString(4, p.code());
          ps.setString(5, p.messageKey());
          ps.setArray(6, ps.getConnection().createArrayOf("varchar", p.args().toArray()));
        });
  }

  void finish(
      UUID id, ImportStatus.State status, String failureKey, String failureArgs, Instant now) {
    jdbc.sql(
            "update business_import set status = ?, failure_key = ?, failure_args = ?, finished_at = ? where id = ?")
        .params(status.name(), failureKey, failureArgs, Timestamp.from(now), id)
        .update();
  }

  /** Jobs a stopped process left RUNNING: the batches they committed stay, the rest is reported. */
  int failInterrupted(Instant now) {
    return jdbc.sql(
            """
            update business_import set status = ?, failure_key = 'import.interrupted',
                   failure_args = processed_rows::text, finished_at = ? where status = ?""")
        .params(
            ImportStatus.State.FAILED.name(),
            Timestamp.from(now),
            ImportStatus.State.RUNNING.name())
        .update();
  }

  Optional<ImportStatus> find(UUID id, String scope) {
    return jdbc.sql("select * from business_import where id = ? and " + RegionScope.sql("scope"))
        .params(id, scope, scope)
        .query(STATUS)
        .optional();
  }

  List<ImportStatus> recent(String scope, int limit) {
    return jdbc.sql(
            "select * from business_import where "
                + RegionScope.sql("scope")
                + " order by created_at desc limit ?")
        .params(scope, scope, limit)
        .query(STATUS)
        .list();
  }

  /** Every problem of a job, in row order, for the report. */
  List<ImportProblem> allProblems(UUID id) {
    return jdbc.sql(
            """
            select row_number, column_name, code, message_key, args from business_import_problem
            where import_id = ? order by row_number, id""")
        .param(id)
        .query(PROBLEM)
        .list();
  }

  private static final RowMapper<ImportProblem> PROBLEM =
      (rs, i) ->
          new ImportProblem(
              rs.getInt(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              List.of((String[]) rs.getArray(5).getArray()));

  Page<ImportProblem> problems(UUID id, Pageable pageable) {
    long total =
        jdbc.sql("select count(*) from business_import_problem where import_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    List<ImportProblem> rows =
        jdbc.sql(
                """
                select row_number, column_name, code, message_key, args from business_import_problem
                where import_id = ? order by row_number, id limit ? offset ?""")
            .params(id, pageable.getPageSize(), pageable.getOffset())
            .query(PROBLEM)
            .list();
    return new PageImpl<>(rows, pageable, total);
  }
}
