package id.naikkelas.export.shipment;

import java.math.BigDecimal;

/**
 * One line of the regency totals: its key (a chapter or heading, a country, a district code, a size
 * group) and label, the rupiah value of all shipments and of the verified ones side by side, how
 * many shipments and exporters, last year's value and the change against it in percent (null when
 * last year had none). A suppressed line (in public figures, fewer exporters than may be shown)
 * carries its counts but no values.
 */
public record ExportTotal(
    String key,
    String label,
    BigDecimal valueIdr,
    BigDecimal verifiedValueIdr,
    long shipments,
    long exporters,
    BigDecimal previousYearValueIdr,
    BigDecimal changePercent,
    boolean suppressed) {

  /** The same line with its values withheld. */
  ExportTotal withheld() {
    return new ExportTotal(key, label, null, null, shipments, exporters, null, null, true);
  }
}
