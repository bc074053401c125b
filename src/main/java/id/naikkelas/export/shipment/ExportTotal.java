package id.naikkelas.export.shipment;

import java.math.BigDecimal;

/**
 * One line of the regency totals: its key (a chapter or heading, a country, a district code, a size
 * group) and label, the rupiah value of all shipments and of the verified ones side by side, how
 * many shipments and exporters (all, verified, last year), last year's value and the change against
 * it in percent (null when last year had none). In public figures a value that fewer exporters than
 * may be shown stand behind is null; {@code suppressed} says the line's own value is.
 */
public record ExportTotal(
    String key,
    String label,
    BigDecimal valueIdr,
    BigDecimal verifiedValueIdr,
    long shipments,
    long exporters,
    long verifiedExporters,
    BigDecimal previousYearValueIdr,
    long previousYearExporters,
    BigDecimal changePercent,
    boolean suppressed) {

  /** The same line with all its values withheld. */
  ExportTotal withheld() {
    return new ExportTotal(
        key,
        label,
        null,
        null,
        shipments,
        exporters,
        verifiedExporters,
        null,
        previousYearExporters,
        null,
        true);
  }

  /** The same line without its verified value. */
  ExportTotal withoutVerified() {
    return new ExportTotal(
        key,
        label,
        valueIdr,
        null,
        shipments,
        exporters,
        verifiedExporters,
        previousYearValueIdr,
        previousYearExporters,
        changePercent,
        suppressed);
  }

  /** The same line without last year's value and the change against it. */
  ExportTotal withoutLastYear() {
    return new ExportTotal(
        key,
        label,
        valueIdr,
        verifiedValueIdr,
        shipments,
        exporters,
        verifiedExporters,
        null,
        previousYearExporters,
        null,
        suppressed);
  }
}
