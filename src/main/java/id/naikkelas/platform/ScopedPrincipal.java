package id.naikkelas.platform;

/**
 * A signed-in principal that works inside a region scope, so that any module can filter its queries
 * by the caller's scope without depending on the access module.
 */
public interface ScopedPrincipal {

  /** The Kemendagri code whose prefix the caller covers; null when the caller has no scope. */
  String regionScope();

  /** True when the code lies inside the caller's scope. */
  default boolean coversRegion(String regionCode) {
    return RegionScope.covers(regionScope(), regionCode);
  }
}
