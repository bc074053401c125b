package id.naikkelas.training.matching;

/** What a meeting agreed. */
public enum MeetingOutcomeKind {
  MOU,
  CONTRACT,
  NONE
}
