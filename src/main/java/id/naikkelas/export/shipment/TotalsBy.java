package id.naikkelas.export.shipment;

/** What a regency total is broken down by. */
public enum TotalsBy {
  /** HS chapter (2 digits); the headings (4 digits) of one chapter when a chapter is chosen. */
  COMMODITY,
  COUNTRY,
  /** Kemendagri district (kecamatan) of the exporter. */
  DISTRICT,
  /** IKM (micro, small and medium) against large industry. */
  SIZE
}
