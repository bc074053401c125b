package id.naikkelas.catalogue.curation;

import org.springframework.modulith.NamedInterface;

/** A submission is SUBMITTED until scored; a score makes it PASSED or FAILED (re-scorable). */
@NamedInterface("curation")
public enum CurationSubmissionState {
  SUBMITTED,
  PASSED,
  FAILED
}
