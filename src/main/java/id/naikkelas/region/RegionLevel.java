package id.naikkelas.region;

/** The four tiers of the Kemendagri code: 2, 2, 2 and 4 digits. */
public enum RegionLevel {
  PROVINCE,
  REGENCY,
  DISTRICT,
  VILLAGE;

  static RegionLevel ofSegments(int segments) {
    return values()[segments - 1];
  }
}
