package id.naikkelas.training.matching;

/** An outcome is followed up until it is realised or dropped. */
public enum MeetingOutcomeStatus {
  FOLLOW_UP,
  REALISED,
  DROPPED
}
