package id.naikkelas.platform;

/** Kemendagri codes are hierarchical: a scope covers itself and every code that extends it. */
public final class RegionScope {

  private RegionScope() {}

  /**
   * True when {@code code} is {@code scope} or lies inside it ({@code 35.24} covers {@code
   * 35.24.17}).
   */
  public static boolean covers(String scope, String code) {
    return scope != null && code != null && (code.equals(scope) || code.startsWith(scope + "."));
  }
}
