package id.naikkelas.registry.duplicates;

/** Where a pair of likely duplicates stands: waiting for an officer, or decided once for all. */
public enum DuplicateState {
  OPEN,
  MERGED,
  DISMISSED
}
