package id.naikkelas.export.monitoring;

/** A follow-up action is OPEN until someone completes it (DONE); it is never reopened. */
public enum FollowUpState {
  OPEN,
  DONE
}
