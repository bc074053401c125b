package id.naikkelas.registry;

/**
 * Filters of the officer's list; every part optional. {@code q} matches the name, an exact NIB or
 * an exact NIK.
 */
public record BusinessQuery(
    String region,
    String kbli,
    SizeClass size,
    BusinessStatus status,
    Boolean online,
    Boolean exporter,
    Boolean ikm,
    String q,
    String sort) {

  public static BusinessQuery all() {
    return new BusinessQuery(null, null, null, null, null, null, null, null, null);
  }
}
