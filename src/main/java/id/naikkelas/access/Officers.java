package id.naikkelas.access;

import id.naikkelas.platform.RegionScope;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enabled officers whose scope covers a place, for work handed to one of them (a licensing
 * request assigned to an officer): name and scope only, never a contact.
 */
@Service
public class Officers {

  /** An officer a piece of work may be assigned to. */
  public record Officer(long id, String fullName, String scope) {}

  private final JdbcClient jdbc;

  Officers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String COVERING =
      "select id, full_name, scope from account where role = 'OFFICER' and enabled and "
          + RegionScope.sqlWithin("scope");

  /** The enabled officers whose scope covers the region code, by name. */
  @Transactional(readOnly = true)
  public List<Officer> covering(String regionCode) {
    return jdbc.sql(COVERING + " order by full_name, id")
        .params(regionCode, regionCode)
        .query(Officer.class)
        .list();
  }

  /** The officer of that id if enabled and covering the region code (one row, not the list). */
  @Transactional(readOnly = true)
  public Optional<Officer> covering(long id, String regionCode) {
    return jdbc.sql(COVERING + " and id = ?")
        .params(regionCode, regionCode, id)
        .query(Officer.class)
        .optional();
  }

  /** The names of officers and administrators by id, as lists show them, enabled or not. */
  @Transactional(readOnly = true)
  public Map<Long, String> names(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    jdbc.sql("select id, full_name from account where id = any(?) and role in ('OFFICER', 'ADMIN')")
        .param(ids.toArray(Long[]::new))
        .query((RowCallbackHandler) rs -> names.put(rs.getLong(1), rs.getString(2)));
    return names;
  }
}
