package id.naikkelas.licensing;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.BusinessAccess;
import id.naikkelas.registry.OwnerLookup;
import id.naikkelas.registry.OwnerLookup.CatalogueFacts;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a business's licensing: its owner's account, and officers and
 * administrators whose scope covers the business's village. Anyone else gets 404, as for a record
 * that does not exist; partners and viewers 403.
 */
@Component
class RequestAccess {

  private final OwnerLookup owners;
  private final BusinessAccess businesses;

  RequestAccess(OwnerLookup owners, BusinessAccess businesses) {
    this.owners = owners;
    this.businesses = businesses;
  }

  /** The business's facts if the caller may see it; {@code what} names the record in the 404. */
  CatalogueFacts business(Actor by, long businessId, String what, Object id) {
    return businesses.business(by, businessId, what, id);
  }

  /**
   * The request's business if the caller may see the request: officers by the village stored on the
   * request (the one its lists and reports count it in), owners by the business's account.
   */
  CatalogueFacts request(Actor by, LicensingRequest r) {
    if (by.role() == Role.OWNER) {
      return business(by, r.businessId(), "licensingRequest", r.id());
    }
    if (by.role() != Role.OFFICER && by.role() != Role.ADMIN) {
      throw new ForbiddenException("problem.forbidden");
    }
    if (!by.covers(r.villageCode())) {
      throw new NotFoundException("licensingRequest", r.id());
    }
    return owners
        .catalogueFacts(r.businessId())
        .orElseThrow(() -> new NotFoundException("licensingRequest", r.id()));
  }

  /** Refuses (403) anyone but an officer or administrator: stages are the dinas's to complete. */
  static void requireOfficer(Actor by) {
    by.officerScope();
  }
}
