package id.naikkelas.training.registration;

/**
 * Where a registration stands. {@code PENDING} waits for the confirmation from the phone given
 * (holding the place its arrival decided until it is confirmed or released); {@code APPLIED} waits
 * for selection; {@code CONFIRMED} holds a place; {@code WAITLISTED} waits in line (by arrival, or
 * by rank after selection). {@code EXPIRED} was not confirmed in time, {@code REFUSED} was
 * confirmed for a NIK that already held a registration of the event, {@code CANCELLED} gave its
 * place to the person who proved the NIK theirs to an officer.
 */
public enum RegistrationStatus {
  PENDING,
  APPLIED,
  CONFIRMED,
  WAITLISTED,
  WITHDRAWN,
  EXPIRED,
  REFUSED,
  CANCELLED
}
