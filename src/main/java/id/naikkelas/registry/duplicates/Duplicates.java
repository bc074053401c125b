package id.naikkelas.registry.duplicates;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.registry.BusinessMerging;
import id.naikkelas.registry.BusinessStatus;
import id.naikkelas.registry.importing.ImportBatchWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review queue of likely duplicates: a scan of the whole registry as a job, each import
 * flagging its own new rows, and officers merging a pair (history kept, audited) or dismissing it.
 * Officers see only pairs whose two records both lie in their scope.
 */
@Service
public class Duplicates {

  /** Pairs of the scope; an owner who lives outside the scope shows the masked NIK only. */
  private static final String PAIR_SELECT =
      """
      select c.id, c.reason, c.similarity, c.status,
             a.id as a_id, a.name as a_name, a.nib as a_nib, va.name as a_village, a.status as a_status,
             b.id as b_id, b.name as b_name, b.nib as b_nib, vb.name as b_village, b.status as b_status,
             oa.nik_masked as a_nik, ob.nik_masked as b_nik,
             case when OA_IN_SCOPE then oa.name end as a_owner,
             case when OA_IN_SCOPE then oa.phone_masked end as a_phone,
             case when OB_IN_SCOPE then ob.name end as b_owner,
             case when OB_IN_SCOPE then ob.phone_masked end as b_phone
      from duplicate_candidate c
      join business a on a.id = c.business_a join owner oa on oa.id = a.owner_id
      join region va on va.code = a.village_code
      join business b on b.id = c.business_b join owner ob on ob.id = b.owner_id
      join region vb on vb.code = b.village_code
      where A_IN_SCOPE and B_IN_SCOPE"""
          // named parameters: the JPQL form of the condition is also valid PostgreSQL
          .replace("OA_IN_SCOPE", RegionScope.jpql("oa.village_code", "scope"))
          .replace("OB_IN_SCOPE", RegionScope.jpql("ob.village_code", "scope"))
          .replace("A_IN_SCOPE", RegionScope.jpql("a.village_code", "scope"))
          .replace("B_IN_SCOPE", RegionScope.jpql("b.village_code", "scope"));

  private final JdbcClient jdbc;
  private final DuplicateFinder finder;
  private final BusinessMerging merging;
  private final DuplicateCandidateRepository candidates;
  private final AuditTrail audit;
  private final ThreadPoolTaskExecutor executor;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Duplicates(
      JdbcClient jdbc,
      DuplicateFinder finder,
      BusinessMerging merging,
      DuplicateCandidateRepository candidates,
      AuditTrail audit,
      @Qualifier("importExecutor") ThreadPoolTaskExecutor executor,
      TransactionTemplate transactions,
      Clock clock) {
    this.jdbc = jdbc;
    this.finder = finder;
    this.merging = merging;
    this.candidates = candidates;
    this.audit = audit;
    this.executor = executor;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Starts a scan of the caller's whole scope on the job thread; answers its id. */
  public UUID startScan(Actor by) {
    String scope = by.officerScope();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into duplicate_scan (id, scope, created_by, status, created_at) values (?, ?, ?, 'RUNNING', ?)")
        .params(id, scope, by.username(), Timestamp.from(clock.instant()))
        .update();
    executor.execute(
        () -> {
          try {
            int found = transactions.execute(tx -> finder.find(scope, null));
            finishScan(id, "DONE", found);
          } catch (RuntimeException e) {
            finishScan(id, "FAILED", 0);
          }
        });
    return id;
  }

  /** The latest scan of the caller's scope: status, pairs found, when. */
  @Transactional(readOnly = true)
  public Optional<Map<String, Object>> lastScan(Actor by) {
    String scope = by.officerScope();
    return jdbc.sql(
            "select id, status, found, created_at, finished_at from duplicate_scan where scope = ? order by created_at desc limit 1")
        .param(scope)
        .query(
            (rs, i) ->
                Map.<String, Object>of(
                    "id", rs.getObject("id"),
                    "status", rs.getString("status"),
                    "found", rs.getInt("found"),
                    "createdAt", rs.getTimestamp("created_at").toInstant()))
        .optional();
  }

  /** Flags the likely duplicates among one import's new rows; answers how many pairs. */
  @Transactional
  public int flagImport(UUID job, String scope) {
    int found = finder.find(scope, ImportBatchWriter.refs(job));
    jdbc.sql("update business_import set flagged = ? where id = ?").params(found, job).update();
    return found;
  }

  @Transactional(readOnly = true)
  public Page<DuplicatePair> open(Actor by, Pageable pageable) {
    String scope = by.officerScope();
    long total =
        jdbc.sql("select count(*) from (" + PAIR_SELECT + " and c.status = 'OPEN') pairs")
            .param("scope", scope)
            .query(Long.class)
            .single();
    List<DuplicatePair> rows =
        jdbc.sql(
                PAIR_SELECT
                    + " and c.status = 'OPEN' order by c.similarity desc, c.id limit :limit offset :offset")
            .param("scope", scope)
            .param("limit", pageable.getPageSize())
            .param("offset", pageable.getOffset())
            .query((rs, i) -> pair(rs))
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  /**
   * Keeps {@code keepId} and merges the other record of the pair into it; refused (409) when the
   * pair is already decided, 422 when {@code keepId} is not one of the pair.
   */
  @Transactional
  public void merge(Actor by, long pairId, long keepId) {
    DuplicateCandidate candidate = candidateInScope(by, pairId);
    long otherId = candidate.merge(keepId, by.username(), clock.instant());
    merging.merge(by.username(), keepId, otherId);
    decided(by, candidate, pairId);
  }

  /** The two records are different businesses; refused (409) when the pair is already decided. */
  @Transactional
  public void dismiss(Actor by, long pairId) {
    DuplicateCandidate candidate = candidateInScope(by, pairId);
    candidate.dismiss(by.username(), clock.instant());
    decided(by, candidate, pairId);
  }

  /** The pair, locked for the decision, when both its records lie in the caller's scope. */
  private DuplicateCandidate candidateInScope(Actor by, long pairId) {
    String scope = by.officerScope();
    boolean visible =
        jdbc.sql("select count(*) from (" + PAIR_SELECT + " and c.id = :id) pair")
                .param("scope", scope)
                .param("id", pairId)
                .query(Long.class)
                .single()
            > 0;
    if (!visible) {
      throw new NotFoundException("duplicate", pairId);
    }
    return candidates.findLockedById(pairId).orElseThrow();
  }

  private void decided(Actor by, DuplicateCandidate candidate, long pairId) {
    candidates.save(candidate);
    audit.record(
        AuditAction.UPDATE,
        "duplicate",
        pairId,
        by.scope(),
        Map.of("status", DuplicateState.OPEN.name()),
        Map.of("status", candidate.status().name()));
  }

  private void finishScan(UUID id, String status, int found) {
    jdbc.sql("update duplicate_scan set status = ?, found = ?, finished_at = ? where id = ?")
        .params(status, found, Timestamp.from(clock.instant()), id)
        .update();
  }

  private static DuplicatePair pair(ResultSet rs) throws SQLException {
    return new DuplicatePair(
        rs.getLong("id"),
        rs.getString("reason"),
        rs.getDouble("similarity"),
        DuplicateState.valueOf(rs.getString("status")),
        side(rs, "a_"),
        side(rs, "b_"));
  }

  private static DuplicatePair.Side side(ResultSet rs, String p) throws SQLException {
    return new DuplicatePair.Side(
        rs.getLong(p + "id"),
        rs.getString(p + "name"),
        rs.getString(p + "owner"),
        rs.getString(p + "nik"),
        rs.getString(p + "phone"),
        rs.getString(p + "nib"),
        rs.getString(p + "village"),
        BusinessStatus.valueOf(rs.getString(p + "status")));
  }
}
