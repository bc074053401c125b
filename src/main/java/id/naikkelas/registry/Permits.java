package id.naikkelas.registry;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.NotFoundException;
import java.time.Clock;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an issued permit on its business, in the issuing transaction (decision 0017: the number
 * is on the business with the issue or not at all); the catalogue's badges follow through {@link
 * BusinessChanged}. Another business holding the NIB is a conflict.
 */
@Service
@NamedInterface("permits")
public class Permits {

  private final BusinessRepository businesses;
  private final AuditTrail audit;
  private final Clock clock;

  Permits(BusinessRepository businesses, AuditTrail audit, Clock clock) {
    this.businesses = businesses;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Actor by, long businessId, PermitIssued permit) {
    Business business =
        businesses
            .findInScope(businessId, by.officerScope())
            .orElseThrow(() -> new NotFoundException("business", businessId));
    if (permit.kind() == PermitKind.NIB) {
      businesses
          .findByNib(permit.number())
          .filter(other -> !other.id().equals(business.id()))
          .ifPresent(
              other -> {
                throw new ConflictException("number", "registry.nib.taken", permit.number());
              });
    }
    Map<String, Object> before = business.auditSnapshot();
    business.recordPermit(permit, clock.instant());
    businesses.save(business);
    audit.record(
        AuditAction.UPDATE,
        "business",
        businessId,
        business.villageCode(),
        before,
        business.auditSnapshot());
  }
}
