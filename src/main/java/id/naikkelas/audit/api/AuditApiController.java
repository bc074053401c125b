package id.naikkelas.audit.api;

import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditEntry;
import id.naikkelas.audit.AuditFilter;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators' tools. */
@RestController
@Tag(name = "Audit", description = "The append-only trail of changes (admin only)")
class AuditApiController {

  private final AuditTrail trail;

  AuditApiController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/api/v1/audit")
  @Operation(summary = "List audit entries, newest first, narrowed by the given filters")
  PageResponse<AuditEntry> list(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(required = false) AuditAction action,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (size < 1 || size > 500) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 500);
    }
    AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, from, to);
    return PageResponse.of(trail.find(filter, PageRequest.of(Math.max(page, 0), size)), e -> e);
  }
}
