package id.naikkelas.export.shipment;

import id.naikkelas.access.Actor;
import id.naikkelas.registry.BusinessAccess;
import id.naikkelas.registry.OwnerLookup;
import id.naikkelas.registry.OwnerLookup.CatalogueFacts;
import org.springframework.stereotype.Component;

/**
 * Who may see and record an exporter's shipments: the business's owner account, and officers and
 * administrators whose scope covers its village. For anyone else the business does not exist (404);
 * partners and viewers are refused (403).
 */
@Component
class ShipmentAccess {

  private final OwnerLookup owners;
  private final BusinessAccess businesses;

  ShipmentAccess(OwnerLookup owners, BusinessAccess businesses) {
    this.owners = owners;
    this.businesses = businesses;
  }

  CatalogueFacts business(Actor by, long businessId) {
    return businesses.business(by, businessId);
  }

  /** The business's size class as registered; null when the registry cannot tell. */
  String sizeClass(long businessId) {
    return owners.sizeClass(businessId).orElse(null);
  }
}
