package id.naikkelas.training.matching;

import org.springframework.modulith.NamedInterface;

/** What a meeting agreed. */
@NamedInterface("matching")
public enum MeetingOutcomeKind {
  MOU,
  CONTRACT,
  NONE
}
