package id.naikkelas.access;

/** What an account may do. Every role but {@link #OWNER} works inside a region scope. */
public enum Role {
  /** Agency administrator: accounts, reference data, audit, reports. */
  ADMIN,
  /** Agency officer (petugas): verifies and processes records in the scope. */
  OFFICER,
  /** Business owner (pelaku usaha): their own business only; no region scope. */
  OWNER,
  /** Partner (bank, retailer, marketplace): what is referred or curated for them. */
  PARTNER,
  /** Read-only indicators, e.g. the province. */
  VIEWER;

  public boolean needsScope() {
    return this != OWNER;
  }

  String authority() {
    return "ROLE_" + name();
  }
}
