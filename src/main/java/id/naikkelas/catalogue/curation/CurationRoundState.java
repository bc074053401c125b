package id.naikkelas.catalogue.curation;

/** A curation round takes entries and scores while OPEN; CLOSED is final. */
public enum CurationRoundState {
  OPEN,
  CLOSED
}
