package id.naikkelas.access;

import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.RegionScope;

/**
 * Who is calling: the signed-in account as other modules see it. {@code scope} is the region code
 * whose prefix the account covers; null for owners.
 */
public record Actor(long id, String username, String fullName, Role role, String scope)
    implements java.io.Serializable {

  /** True when the code is inside this actor's scope. */
  public boolean covers(String regionCode) {
    return RegionScope.covers(scope, regionCode);
  }

  /** The scope of an officer or administrator, who work inside it; anyone else is refused (403). */
  public String officerScope() {
    if ((role != Role.OFFICER && role != Role.ADMIN) || scope == null) {
      throw new ForbiddenException("problem.forbidden");
    }
    return scope;
  }
}
