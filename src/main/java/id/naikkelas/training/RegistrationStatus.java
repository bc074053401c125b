package id.naikkelas.training;

/**
 * Where a registration stands. {@code APPLIED} waits for selection; {@code CONFIRMED} holds a
 * place; {@code WAITLISTED} waits in line (by arrival, or by rank after selection).
 */
public enum RegistrationStatus {
  APPLIED,
  CONFIRMED,
  WAITLISTED,
  WITHDRAWN
}
