package id.naikkelas.audit;

/** What happened to the record. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  /** A full value of personal data (a NIK, a phone) was shown to someone. */
  READ_PERSONAL_DATA
}
