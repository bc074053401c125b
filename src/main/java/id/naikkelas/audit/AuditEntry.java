package id.naikkelas.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One line of the trail, with the values before and after as field maps. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    AuditAction action,
    String entityType,
    String entityId,
    String regionCode,
    Map<String, Object> before,
    Map<String, Object> after,
    String clientAddress) {

  /** A field whose value differs between before and after. */
  public record Change(String field, Object before, Object after) {}

  /** The fields that changed, in the order they were recorded. */
  public List<Change> changes() {
    Set<String> fields = new LinkedHashSet<>();
    if (before != null) {
      fields.addAll(before.keySet());
    }
    if (after != null) {
      fields.addAll(after.keySet());
    }
    List<Change> changes = new ArrayList<>();
    for (String field : fields) {
      Object was = before == null ? null : before.get(field);
      Object is = after == null ? null : after.get(field);
      if (!Objects.equals(was, is)) {
        changes.add(new Change(field, was, is));
      }
    }
    return changes;
  }
}
