package id.naikkelas.catalogue;

public enum Availability {
  AVAILABLE,
  PRE_ORDER,
  OUT_OF_STOCK
}
