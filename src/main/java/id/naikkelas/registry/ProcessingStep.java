package id.naikkelas.registry;

import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditEntry;
import java.time.Instant;
import java.util.List;

/**
 * One processing of a person's data as the person sees it (UU 27/2022): when, what, on which
 * record, and the unit that did it ({@code processedBy}, e.g. "Petugas, Kecamatan Sukodadi") with
 * its role; never the officer's account or a client address.
 */
public record ProcessingStep(
    Instant occurredAt,
    AuditAction action,
    String entityType,
    String entityId,
    String role,
    String processedBy,
    List<AuditEntry.Change> changes) {}
