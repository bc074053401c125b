package id.naikkelas.catalogue;

/** A submission is SUBMITTED until scored; a score makes it PASSED or FAILED (re-scorable). */
public enum CurationSubmissionState {
  SUBMITTED,
  PASSED,
  FAILED
}
