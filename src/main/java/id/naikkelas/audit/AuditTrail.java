package id.naikkelas.audit;

import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.platform.ScopedPrincipal;
import id.naikkelas.region.Regions;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes in the caller's transaction, so a change and its audit line commit or roll back
 * together. The table refuses updates and deletes (see its migration).
 */
@Service
public class AuditTrail {

  static final String SYSTEM = "system";
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final Regions regions;

  AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock, Regions regions) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records one change by the current user (or {@code system} outside a request).
   *
   * @param regionCode the region the record belongs to, which decides who may read the line; null
   *     for records of no region (only deployment-wide administrators read those)
   * @param before the fields before the change, null for a create
   * @param after the fields after the change, null for a delete
   */
  @Transactional
  public void record(
      AuditAction action,
      String entityType,
      Object entityId,
      String regionCode,
      Map<String, ?> before,
      Map<String, ?> after) {
    jdbc.sql(
            """
            insert into audit_entry
              (occurred_at, actor, action, entity_type, entity_id, region_code,
               before_values, after_values, client_address)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""")
        .param(Timestamp.from(clock.instant()))
        .param(currentActor())
        .param(action.name())
        .param(entityType)
        .param(String.valueOf(entityId))
        .param(regionCode)
        .param(before == null ? null : json.writeValueAsString(before))
        .param(after == null ? null : json.writeValueAsString(after))
        .param(clientAddress())
        .update();
  }

  /** Lines of the caller's region scope, narrowed by the filter, newest first. */
  @Transactional(readOnly = true)
  public Page<AuditEntry> find(AuditFilter filter, Pageable pageable) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where true");
    String scope = callerScope();
    if (!RegionScope.covers(scope, regions.deploymentRoot())) {
      where.append(" and (region_code = ? or region_code like ?)");
      params.add(scope);
      params.add(scope + ".%");
    }
    if (present(filter.actor())) {
      where.append(" and actor = ?");
      params.add(filter.actor().strip());
    }
    if (present(filter.entityType())) {
      where.append(" and entity_type = ?");
      params.add(filter.entityType().strip());
    }
    if (present(filter.entityId())) {
      where.append(" and entity_id = ?");
      params.add(filter.entityId().strip());
    }
    if (filter.action() != null) {
      where.append(" and action = ?");
      params.add(filter.action().name());
    }
    if (filter.from() != null) {
      where.append(" and occurred_at >= ?");
      params.add(Timestamp.from(filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
    if (filter.to() != null) {
      where.append(" and occurred_at < ?");
      params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
    long total =
        jdbc.sql("select count(*) from audit_entry" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(pageable.getPageSize());
    pageParams.add(pageable.getOffset());
    List<AuditEntry> rows =
        jdbc.sql(
                "select * from audit_entry"
                    + where
                    + " order by occurred_at desc, id desc limit ? offset ?")
            .params(pageParams)
            .query(row())
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  /**
   * Every line about the given records, oldest first, whatever the caller's scope: for a person who
   * asks what was done with their own data (UU 27/2022). The caller must have checked that the
   * records are that person's.
   */
  @Transactional(readOnly = true)
  public List<AuditEntry> historyOf(String entityType, java.util.Collection<String> entityIds) {
    if (entityIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from audit_entry where entity_type = :type and entity_id in (:ids) order by occurred_at, id")
        .param("type", entityType)
        .param("ids", entityIds)
        .query(row())
        .list();
  }

  /** The kinds of record the trail has seen, for the filter's choices. */
  @Transactional(readOnly = true)
  public List<String> entityTypes() {
    return jdbc.sql("select distinct entity_type from audit_entry order by 1")
        .query(String.class)
        .list();
  }

  private RowMapper<AuditEntry> row() {
    return (rs, i) ->
        new AuditEntry(
            rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("actor"),
            AuditAction.valueOf(rs.getString("action")),
            rs.getString("entity_type"),
            rs.getString("entity_id"),
            rs.getString("region_code"),
            parse(rs.getString("before_values")),
            parse(rs.getString("after_values")),
            rs.getString("client_address"));
  }

  private Map<String, Object> parse(String text) {
    return text == null ? null : json.readValue(text, MAP);
  }

  /** The caller's scope; a caller without one reads nothing. */
  private static String callerScope() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.getPrincipal() instanceof ScopedPrincipal principal
        && principal.regionScope() != null) {
      return principal.regionScope();
    }
    throw new ForbiddenException("problem.forbidden");
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
        ? SYSTEM
        : auth.getName();
  }

  private static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
