package id.naikkelas.export.shipment;

/** Who put a shipment in the ledger: its exporter, an officer, or the yearly spreadsheet. */
public enum ShipmentSource {
  OWNER,
  OFFICER,
  IMPORT
}
