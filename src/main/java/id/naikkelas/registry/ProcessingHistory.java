package id.naikkelas.registry;

import id.naikkelas.access.AccountUnits;
import id.naikkelas.audit.AuditEntry;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.claims.OwnerClaims;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The processing history a person gets of their own records: the audit lines, each naming the role
 * and unit (region scope) of the account that acted, resolved through the access module, instead of
 * the account and its client address.
 */
@Component
class ProcessingHistory {

  /**
   * What a claimant may see of their claim's lines: whether it moved on; not whose record it is,
   * nor whether a code could be sent (that would tell whether another account holds the owner).
   */
  private static final Set<String> CLAIM_FIELDS = Set.of("status");

  private record Processor(String role, String label) {}

  private final AuditTrail audit;
  private final AccountUnits units;
  private final Regions regions;
  private final MessageSource messages;

  ProcessingHistory(AuditTrail audit, AccountUnits units, Regions regions, MessageSource messages) {
    this.audit = audit;
    this.units = units;
    this.regions = regions;
    this.messages = messages;
  }

  /** Every line about the given records, oldest first. */
  List<ProcessingStep> of(Map<String, Collection<String>> idsByType) {
    List<AuditEntry> entries = new ArrayList<>();
    idsByType.forEach((type, ids) -> entries.addAll(audit.historyOf(type, ids)));
    entries.sort(Comparator.comparing(AuditEntry::occurredAt).thenComparing(AuditEntry::id));
    Map<String, Processor> processors = new HashMap<>();
    return entries.stream()
        .map(
            e -> {
              Processor p = processors.computeIfAbsent(e.actor(), this::processor);
              List<AuditEntry.Change> changes =
                  OwnerClaims.CLAIM.equals(e.entityType())
                      ? e.changes().stream().filter(c -> CLAIM_FIELDS.contains(c.field())).toList()
                      : e.changes();
              return new ProcessingStep(
                  e.occurredAt(),
                  e.action(),
                  e.entityType(),
                  e.entityId(),
                  p.role(),
                  p.label(),
                  changes);
            })
        .toList();
  }

  private Processor processor(String username) {
    return units
        .of(username)
        .map(
            u -> {
              String role = message("role." + u.role().name());
              String unit = unitName(u.scope());
              return new Processor(u.role().name(), unit == null ? role : role + ", " + unit);
            })
        .orElseGet(() -> new Processor("SYSTEM", message("myData.processor.system")));
  }

  /** "Kabupaten Lamongan" as stored; "Kecamatan Sukodadi" with its level for the other tiers. */
  private String unitName(String scope) {
    if (scope == null) {
      return null;
    }
    return regions
        .find(scope)
        .map(
            (Region r) ->
                r.level() == RegionLevel.REGENCY
                    ? r.name()
                    : message("region.level." + r.level().name()) + " " + r.name())
        .orElse(null);
  }

  private String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
