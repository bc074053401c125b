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

  /**
   * The SQL condition "{@code column} lies in the scope given as the statement's next two
   * parameters": bind the scope code twice, e.g. {@code RegionScope.sql("b.village_code")} with
   * {@code scope, scope}.
   */
  public static String sql(String column) {
    return "(" + column + " = ? or " + column + " like ? || '.%')";
  }

  /**
   * The JPQL condition "{@code path} lies in the scope bound to {@code :param}", e.g. {@code
   * RegionScope.jpql("b.villageCode", "scope")}.
   */
  public static String jpql(String path, String param) {
    return "(" + path + " = :" + param + " or " + path + " like concat(:" + param + ", '.%'))";
  }

  /**
   * The SQL condition "the code bound as the next two parameters lies in the scope held by {@code
   * scopeColumn}" (a record scoped to a region, a caller at a place): bind the code twice.
   */
  public static String sqlWithin(String scopeColumn) {
    return "(? = " + scopeColumn + " or ? like " + scopeColumn + " || '.%')";
  }
}
