package id.naikkelas.training.selection;

import id.naikkelas.training.EventMode;

/**
 * Where the selection of a {@link EventMode#SELECTION} event stands: {@code OPEN} until the
 * applicants are ranked, {@code RANKED} while the officer adjusts (and may rank again), {@code
 * CONFIRMED} once places and the waitlist are fixed.
 */
public enum SelectionState {
  OPEN,
  RANKED,
  CONFIRMED
}
