package id.naikkelas.registry;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.OwnerLookup.CatalogueFacts;
import java.util.Objects;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a business's records in the modules that serve it (licensing, export): its
 * owner's account, and officers and administrators whose scope covers the business's village.
 * Anyone else gets 404, as for a record that does not exist; partners and viewers 403.
 */
@Component
@NamedInterface("lookup")
public class BusinessAccess {

  private final OwnerLookup owners;

  BusinessAccess(OwnerLookup owners) {
    this.owners = owners;
  }

  /**
   * The business's facts if the caller may see it; {@code what} and {@code id} name the record the
   * 404 speaks of (the business itself, or a record of the calling module).
   */
  public CatalogueFacts business(Actor by, long businessId, String what, Object id) {
    if (by.role() != Role.OWNER && by.role() != Role.OFFICER && by.role() != Role.ADMIN) {
      throw new ForbiddenException("problem.forbidden");
    }
    CatalogueFacts facts =
        owners.catalogueFacts(businessId).orElseThrow(() -> new NotFoundException(what, id));
    boolean allowed =
        by.role() == Role.OWNER
            ? Objects.equals(facts.ownerAccountId(), by.id())
            : by.covers(facts.villageCode());
    if (!allowed) {
      throw new NotFoundException(what, id);
    }
    return facts;
  }

  /** The business's facts if the caller may see it; the 404 names the business. */
  public CatalogueFacts business(Actor by, long businessId) {
    return business(by, businessId, "business", businessId);
  }
}
