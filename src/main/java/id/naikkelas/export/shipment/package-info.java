/**
 * The export ledger: shipments of a regency's exporters (recorded by the owner, an officer or an
 * import), each valued in rupiah at the rate its recorder used, verified by an officer; and the
 * regency totals they add up to. {@code ExportShipments} and {@code ExportTotals} are its faces;
 * {@code ExportShipmentRecorded} and {@code ExportShipmentVerified} form the {@code export ::
 * events} named interface; the package is the {@code export :: shipment} one.
 */
@org.springframework.modulith.NamedInterface("shipment")
package id.naikkelas.export.shipment;
