package id.naikkelas.training;

/** How places are given: in order of arrival, or chosen after the window closes. */
public enum EventMode {
  FIRST_COME,
  SELECTION
}
