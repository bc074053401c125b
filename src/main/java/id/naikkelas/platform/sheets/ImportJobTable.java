package id.naikkelas.platform.sheets;

import id.naikkelas.platform.RegionScope;
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

/**
 * The SQL every spreadsheet import job shares, for a job table and its problem table of the same
 * shape: the job row (id, created_by, scope, file_name, file_format, dry_run, status, total_rows,
 * processed_rows, failure_key, failure_args, created_at, finished_at) and one problem row a problem
 * (import_id, row_number, column_name, code, message_key, args). The module's own counters and its
 * status record stay in the module's store; reads are always filtered by the scope.
 */
public final class ImportJobTable {

  /** One problem of one row, as the problem table stores it. */
  public interface Problem {
    int row();

    String column();

    String code();

    String messageKey();

    List<String> args();
  }

  /** Makes the module's problem record from a stored problem row. */
  @FunctionalInterface
  public interface ProblemFactory<P> {
    P of(int row, String column, String code, String messageKey, List<String> args);
  }

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final String jobs;
  private final String problems;

  /** The table names are the application's own constants, never input. */
  public ImportJobTable(JdbcClient jdbc, JdbcTemplate batch, String jobs, String problems) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.jobs = jobs;
    this.problems = problems;
  }

  public void create(
      UUID id,
      String by,
      String scope,
      String fileName,
      SheetFormat format,
      boolean dryRun,
      Instant now) {
    jdbc.sql(
            "insert into "
                + jobs
                + " (id, created_by, scope, file_name, file_format, dry_run, status, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            by,
            scope,
            fileName,
            format.name(),
            dryRun,
            ImportJobState.RUNNING.name(),
            Timestamp.from(now))
        .update();
  }

  public void total(UUID id, int total) {
    jdbc.sql("update " + jobs + " set total_rows = ? where id = ?").params(total, id).update();
  }

  public void finish(
      UUID id, ImportJobState status, String failureKey, String failureArgs, Instant now) {
    jdbc.sql(
            "update "
                + jobs
                + " set status = ?, failure_key = ?, failure_args = ?, finished_at = ?"
                + " where id = ?")
        .params(status.name(), failureKey, failureArgs, Timestamp.from(now), id)
        .update();
  }

  /** Jobs a stopped process left RUNNING: what they committed stays, the job is reported. */
  public int failInterrupted(Instant now) {
    return jdbc.sql(
            "update "
                + jobs
                + " set status = ?, failure_key = 'import.interrupted',"
                + " failure_args = processed_rows::text, finished_at = ? where status = ?")
        .params(ImportJobState.FAILED.name(), Timestamp.from(now), ImportJobState.RUNNING.name())
        .update();
  }

  public <S> Optional<S> find(UUID id, String scope, RowMapper<S> status) {
    return jdbc.sql("select * from " + jobs + " where id = ? and " + RegionScope.sql("scope"))
        .params(id, scope, scope)
        .query(status)
        .optional();
  }

  /** The scope's last jobs, newest first. */
  public <S> List<S> recent(String scope, int limit, RowMapper<S> status) {
    return jdbc.sql(
            "select * from "
                + jobs
                + " where "
                + RegionScope.sql("scope")
                + " order by created_at desc limit ?")
        .params(scope, scope, limit)
        .query(status)
        .list();
  }

  /** Inserts a job's problems, {@code batchSize} statements a round trip. */
  public void addProblems(UUID id, List<? extends Problem> rows, int batchSize) {
    batch.batchUpdate(
        "insert into "
            + problems
            + " (import_id, row_number, column_name, code, message_key, args)"
            + " values (?, ?, ?, ?, ?, ?)",
        rows,
        batchSize,
        (ps, p) -> {
          ps.setObject(1, id);
          ps.setInt(2, p.row());
          ps.setString(3, p.column());
          ps.setString(4, p.code());
          ps.setString(5, p.messageKey());
          ps.setArray(6, ps.getConnection().createArrayOf("varchar", p.args().toArray()));
        });
  }

  /** Every problem of a job, in row order. */
  public <P> List<P> allProblems(UUID id, ProblemFactory<P> factory) {
    return jdbc.sql(problemSelect()).param(id).query(mapper(factory)).list();
  }

  /** A page of a job's problems, in row order. */
  public <P> Page<P> problems(UUID id, Pageable pageable, ProblemFactory<P> factory) {
    long total =
        jdbc.sql("select count(*) from " + problems + " where import_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    List<P> rows =
        jdbc.sql(problemSelect() + " limit ? offset ?")
            .params(id, pageable.getPageSize(), pageable.getOffset())
            .query(mapper(factory))
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  private String problemSelect() {
    return "select row_number, column_name, code, message_key, args from "
        + problems
        + " where import_id = ? order by row_number, id";
  }

  private static <P> RowMapper<P> mapper(ProblemFactory<P> factory) {
    return (rs, i) ->
        factory.of(
            rs.getInt(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            List.of((String[]) rs.getArray(5).getArray()));
  }
}
