package id.naikkelas.export.shipment;

/**
 * Which shipments a list shows: a year, an HS code prefix (chapter, heading or full code), a
 * destination, a region prefix inside the caller's scope, a size group, verified ones only, one
 * exporter.
 */
public record ShipmentFilter(
    Integer year,
    String hsCode,
    String country,
    String region,
    SizeGroup size,
    boolean verifiedOnly,
    Long businessId) {

  public static ShipmentFilter none() {
    return new ShipmentFilter(null, null, null, null, null, false, null);
  }
}
