package id.naikkelas.export.shipment;

/** A shipment is RECORDED by whoever knows of it and VERIFIED by an officer against its papers. */
public enum ShipmentState {
  RECORDED,
  VERIFIED
}
