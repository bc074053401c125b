package id.naikkelas.training.selection;

import org.springframework.modulith.NamedInterface;

/** What a selection can weigh, from registry and training data; questions add their own. */
@NamedInterface("selection")
public enum Criterion {
  /** Has not attended an earlier event. */
  NOT_TRAINED_BEFORE,
  /** The person's business is micro (PP 7/2021). */
  MICRO_BUSINESS,
  /** Has never registered for an event before. */
  FIRST_TIME_APPLICANT,
  /** Has no business in the registry yet (a new-entrepreneur candidate). */
  NEW_ENTREPRENEUR
}
