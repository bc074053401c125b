package id.naikkelas.export.shipment;

import org.springframework.modulith.NamedInterface;

/** A shipment entered the ledger: target markets of its exporter to that country move on. */
@NamedInterface("events")
public record ExportShipmentRecorded(
    long shipmentId, long businessId, String destinationCountry, String hsCode, int year) {}
