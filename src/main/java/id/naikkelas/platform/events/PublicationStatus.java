package id.naikkelas.platform.events;

/** Where an event publication stands for one listener (Spring Modulith's registry, schema v2). */
public enum PublicationStatus {
  /** Stored with the change; the listener has not started. */
  PUBLISHED,
  /** The listener is running (or was, when the process stopped). */
  PROCESSING,
  /** The listener threw; waiting to be resubmitted. */
  FAILED,
  /** Handed to the listener again. */
  RESUBMITTED,
  /** The listener's transaction committed. */
  COMPLETED;

  static PublicationStatus of(String column) {
    return column == null ? PUBLISHED : valueOf(column);
  }

  /** Someone is (or should be) working on it right now. */
  boolean inFlight() {
    return this == PROCESSING || this == RESUBMITTED;
  }
}
