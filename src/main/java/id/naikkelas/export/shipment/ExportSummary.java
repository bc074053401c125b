package id.naikkelas.export.shipment;

import java.util.List;

/**
 * The regency totals of a year broken down one way, with the whole as the last word; of verified
 * shipments only when {@code verifiedOnly}.
 */
public record ExportSummary(
    int year,
    TotalsBy by,
    String hsCode,
    boolean verifiedOnly,
    List<ExportTotal> rows,
    ExportTotal total) {

  /** The same figures with other lines. */
  ExportSummary withRows(List<ExportTotal> lines, ExportTotal whole) {
    return new ExportSummary(year, by, hsCode, verifiedOnly, lines, whole);
  }
}
