package id.naikkelas.registry.claims;

/** Where a claim on an owner's record stands; only PENDING moves on. */
public enum ClaimStatus {
  /** Waiting for the code or an officer. */
  PENDING,
  /** Proven: the account is the owner's. */
  CLAIMED,
  /** An officer refused it. */
  REJECTED,
  /** Too many wrong codes. */
  CLOSED
}
