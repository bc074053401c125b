package id.naikkelas.registry;

import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one business record into another, for the duplicate review: the merged record keeps its
 * history and points at the kept one, the kept record takes over the NIB it lacks, and both changes
 * are audited.
 */
@Component
public class BusinessMerging {

  private final BusinessRepository businesses;
  private final AuditTrail audit;
  private final Clock clock;

  BusinessMerging(BusinessRepository businesses, AuditTrail audit, Clock clock) {
    this.businesses = businesses;
    this.audit = audit;
    this.clock = clock;
  }

  /** Merges record {@code otherId} into record {@code keepId} on behalf of {@code by}. */
  @Transactional
  public void merge(String by, long keepId, long otherId) {
    Business kept = businesses.findById(keepId).orElseThrow();
    Business other = businesses.findById(otherId).orElseThrow();
    Map<String, Object> keptBefore = kept.auditSnapshot();
    Map<String, Object> otherBefore = other.auditSnapshot();
    String nib = kept.hasNib() ? null : other.releaseNib();
    other.mergeInto(kept, by, clock.instant());
    businesses.saveAndFlush(other);
    kept.absorb(other, nib, clock.instant());
    businesses.saveAndFlush(kept);
    Map<String, Object> otherAfter = new LinkedHashMap<>(other.auditSnapshot());
    otherAfter.put("mergedInto", keepId);
    audit.record(
        AuditAction.UPDATE,
        Registry.BUSINESS,
        otherId,
        other.villageCode(),
        otherBefore,
        otherAfter);
    audit.record(
        AuditAction.UPDATE,
        Registry.BUSINESS,
        keepId,
        kept.villageCode(),
        keptBefore,
        kept.auditSnapshot());
  }
}
