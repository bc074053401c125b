package id.naikkelas.registry;

/** A business record's life: entered, checked by an officer, no longer active. */
public enum BusinessStatus {
  DRAFT,
  VERIFIED,
  INACTIVE
}
