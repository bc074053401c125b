package id.naikkelas.export.shipment;

import java.math.BigDecimal;

/**
 * One line of the regency totals: its key (a chapter or heading, a country, a district code, a size
 * group) and label, the rupiah value of all shipments and of the verified ones side by side, how
 * many shipments and exporters, last year's value and the change against it in percent (null when
 * last year had none).
 */
public record ExportTotal(
    String key,
    String label,
    BigDecimal valueIdr,
    BigDecimal verifiedValueIdr,
    long shipments,
    long exporters,
    BigDecimal previousYearValueIdr,
    BigDecimal changePercent) {}
