package id.naikkelas.export.market;

/** A shipment draft is OPEN until it is recorded as a shipment (USED) or DISMISSED. */
public enum DraftState {
  OPEN,
  DISMISSED,
  USED
}
