package id.naikkelas.access;

/**
 * Who is calling: the signed-in account as other modules see it. {@code scope} is the region code
 * whose prefix the account covers; null for owners.
 */
public record Actor(long id, String username, String fullName, Role role, String scope) {

  /** True when the code is inside this actor's scope. */
  public boolean covers(String regionCode) {
    return scope != null
        && regionCode != null
        && (regionCode.equals(scope) || regionCode.startsWith(scope + "."));
  }
}
