package id.naikkelas.region;

/** Whether a region code can serve as an account's scope in this deployment. */
public enum ScopeCheck {
  /** A known region that overlaps a regency this deployment serves. */
  VALID,
  /** Not shaped like a Kemendagri code. */
  MALFORMED,
  /** Shaped like a code but no such region exists. */
  UNKNOWN,
  /** A real region that this deployment does not serve. */
  NOT_SERVED
}
