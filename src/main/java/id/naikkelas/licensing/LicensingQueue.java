package id.naikkelas.licensing;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.PageResponse;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.registry.OwnerLookup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests a caller may see, filtered by kind, stage, status and region, oldest first: an
 * officer's scope (narrowed by {@code region} inside it), an owner's own businesses. Days waiting
 * count from the last change.
 */
@Service
public class LicensingQueue {

  /**
   * The filters of the queue; each may be null. {@code assignedTo} keeps the requests of that
   * officer; {@code unassigned} those of nobody.
   */
  public record Filter(
      LicenceKind kind,
      Stage stage,
      RequestStatus status,
      String region,
      Long assignedTo,
      boolean unassigned) {

    public Filter(LicenceKind kind, Stage stage, RequestStatus status, String region) {
      this(kind, stage, status, region, null, false);
    }
  }

  private final JdbcClient jdbc;
  private final OwnerLookup owners;
  private final Assignees assignees;
  private final Clock clock;

  LicensingQueue(JdbcClient jdbc, OwnerLookup owners, Assignees assignees, Clock clock) {
    this.jdbc = jdbc;
    this.owners = owners;
    this.assignees = assignees;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public PageResponse<QueueItem> list(Actor by, Filter f, int page, int size) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> params = new ArrayList<>();
    if (by.role() == Role.OWNER) {
      List<Long> own = owners.businessesOfAccount(by.id());
      where.append(" and r.business_id = any(?)");
      params.add(own.toArray(Long[]::new));
    } else {
      String scope = by.officerScope();
      where.append(" and ").append(RegionScope.sql("r.village_code"));
      params.add(scope);
      params.add(scope);
    }
    if (f.region() != null) {
      where.append(" and ").append(RegionScope.sql("r.village_code"));
      params.add(f.region());
      params.add(f.region());
    }
    filter(where, params, "r.kind", f.kind());
    filter(where, params, "r.stage", f.stage());
    filter(where, params, "r.status", f.status());
    if (f.assignedTo() != null) {
      where.append(" and r.assigned_to = ?");
      params.add(f.assignedTo());
    } else if (f.unassigned()) {
      where.append(" and r.assigned_to is null");
    }
    long total =
        jdbc.sql("select count(*) from licensing_request r" + where)
            .params(params)
            .query(Long.class)
            .single();
    LocalDate today = LocalDate.now(clock.withZone(LicensingRequests.WIB));
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    pageParams.add((long) page * size);
    List<QueueItem> items =
        jdbc.sql(
                """
                select r.id, r.kind, r.business_id, r.village_code, r.status, r.stage,
                  r.applied_on, r.updated_at, r.programme_place, r.number
                from licensing_request r"""
                    + where
                    + " order by r.updated_at, r.id limit ? offset ?")
            .params(pageParams)
            .query(
                (rs, n) ->
                    new QueueItem(
                        rs.getLong(1),
                        LicenceKind.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getString(4),
                        RequestStatus.valueOf(rs.getString(5)),
                        Stage.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class),
                        java.time.temporal.ChronoUnit.DAYS.between(
                            rs.getTimestamp(8)
                                .toInstant()
                                .atZone(LicensingRequests.WIB)
                                .toLocalDate(),
                            today),
                        rs.getString(9) == null ? null : ProgrammePlace.valueOf(rs.getString(9)),
                        rs.getString(10),
                        null))
            .list();
    Map<Long, Assignee> assigned = assignees.of(items.stream().map(QueueItem::id).toList());
    List<QueueItem> withAssignees =
        items.stream().map(i -> i.assignedTo(assigned.get(i.id()))).toList();
    return PageResponse.of(
        new PageImpl<>(withAssignees, PageRequest.of(page, size), total), i -> i);
  }

  private static void filter(StringBuilder where, List<Object> params, String column, Enum<?> v) {
    if (v != null) {
      where.append(" and ").append(column).append(" = ?");
      params.add(v.name());
    }
  }
}
