package id.naikkelas.export.shipment;

/** The exporters' size in the totals: small and medium industry (IKM) against large industry. */
public enum SizeGroup {
  IKM,
  LARGE
}
