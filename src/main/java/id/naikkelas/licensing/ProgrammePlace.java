package id.naikkelas.licensing;

/** A request's place in its programme: within the quota, or waiting in order for one. */
public enum ProgrammePlace {
  PLACED,
  WAITING
}
