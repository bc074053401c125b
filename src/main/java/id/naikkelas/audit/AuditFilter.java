package id.naikkelas.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the audit list is narrowed to; every part is optional. */
public record AuditFilter(
    String actor,
    String entityType,
    String entityId,
    AuditAction action,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null);
  }
}
