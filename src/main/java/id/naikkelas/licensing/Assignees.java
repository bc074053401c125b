package id.naikkelas.licensing;

import id.naikkelas.access.Officers;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The officers requests are assigned to, for the views and the queue. */
@Component
class Assignees {

  private final JdbcClient jdbc;
  private final Officers officers;

  Assignees(JdbcClient jdbc, Officers officers) {
    this.jdbc = jdbc;
    this.officers = officers;
  }

  /** The request's assignee, or null. */
  Assignee of(long requestId) {
    return of(Set.of(requestId)).get(requestId);
  }

  /** The assignee of each request that has one. */
  Map<Long, Assignee> of(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Long> assigned = new HashMap<>();
    jdbc.sql(
            "select id, assigned_to from licensing_request"
                + " where id = any(?) and assigned_to is not null")
        .param(requestIds.toArray(Long[]::new))
        .query((RowCallbackHandler) rs -> assigned.put(rs.getLong(1), rs.getLong(2)));
    Map<Long, String> names = officers.names(Set.copyOf(assigned.values()));
    Map<Long, Assignee> result = new HashMap<>();
    assigned.forEach(
        (request, officer) ->
            result.put(request, new Assignee(officer, names.getOrDefault(officer, "#" + officer))));
    return result;
  }
}
