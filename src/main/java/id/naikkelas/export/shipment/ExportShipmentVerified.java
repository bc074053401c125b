package id.naikkelas.export.shipment;

import org.springframework.modulith.NamedInterface;

/** An officer checked a shipment against its papers: it now counts in the verified totals. */
@NamedInterface("events")
public record ExportShipmentVerified(long shipmentId, long businessId, String by) {}
