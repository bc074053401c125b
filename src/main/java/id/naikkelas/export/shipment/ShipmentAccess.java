package id.naikkelas.export.shipment;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.OwnerLookup;
import id.naikkelas.registry.OwnerLookup.CatalogueFacts;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who may see and record an exporter's shipments: the business's owner account, and officers and
 * administrators whose scope covers its village. For anyone else the business does not exist (404);
 * partners and viewers are refused (403).
 */
@Component
class ShipmentAccess {

  private final OwnerLookup owners;

  ShipmentAccess(OwnerLookup owners) {
    this.owners = owners;
  }

  CatalogueFacts business(Actor by, long businessId) {
    if (by.role() != Role.OWNER && by.role() != Role.OFFICER && by.role() != Role.ADMIN) {
      throw new ForbiddenException("problem.forbidden");
    }
    CatalogueFacts facts =
        owners
            .catalogueFacts(businessId)
            .orElseThrow(() -> new NotFoundException("business", businessId));
    boolean allowed =
        by.role() == Role.OWNER
            ? Objects.equals(facts.ownerAccountId(), by.id())
            : by.covers(facts.villageCode());
    if (!allowed) {
      throw new NotFoundException("business", businessId);
    }
    return facts;
  }

  /** The business's size class as registered; null when the registry cannot tell. */
  String sizeClass(long businessId) {
    return owners.sizeClass(businessId).orElse(null);
  }
}
