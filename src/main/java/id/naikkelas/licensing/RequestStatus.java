package id.naikkelas.licensing;

/**
 * Where a licensing request stands. IN_PROGRESS moves stage by stage; RETURNED waits for the
 * owner's correction; ISSUED, REFUSED and WITHDRAWN are final.
 */
public enum RequestStatus {
  IN_PROGRESS,
  RETURNED,
  ISSUED,
  REFUSED,
  WITHDRAWN;

  public boolean open() {
    return this == IN_PROGRESS || this == RETURNED;
  }
}
