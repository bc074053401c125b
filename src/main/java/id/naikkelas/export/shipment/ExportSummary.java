package id.naikkelas.export.shipment;

import java.util.List;

/** The regency totals of a year broken down one way, with the whole as the last word. */
public record ExportSummary(
    int year, TotalsBy by, String hsCode, List<ExportTotal> rows, ExportTotal total) {}
