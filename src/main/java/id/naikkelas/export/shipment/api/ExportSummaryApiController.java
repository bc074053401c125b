package id.naikkelas.export.shipment.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.shipment.ExportFigures;
import id.naikkelas.export.shipment.ExportFigures.TotalsQuery;
import id.naikkelas.export.shipment.ExportSummary;
import id.naikkelas.export.shipment.TotalsBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Regency export totals. Aggregates only, so anyone may read them: an officer's default to their
 * scope and come in full; everyone else's with the lines of fewer than three exporters withheld.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Export")
class ExportSummaryApiController {

  private final ExportFigures figures;
  private final CurrentActor current;

  ExportSummaryApiController(ExportFigures figures, CurrentActor current) {
    this.figures = figures;
    this.current = current;
  }

  @GetMapping("/api/v1/exports/summary")
  @Operation(
      operationId = "exportSummary",
      summary =
          "Export totals of a year by commodity, country, district or size: all shipments and"
              + " verified ones side by side (or verified ones only), exporters, and the change"
              + " against the year before; outside an officer's scope, lines of fewer than three"
              + " exporters carry no value (suppressed)")
  ExportSummary summary(
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "COMMODITY") TotalsBy by,
      @Parameter(description = "a chapter (2 digits): its headings") @RequestParam(required = false)
          String hsCode,
      @Parameter(description = "a region code the totals stay inside")
          @RequestParam(required = false)
          String region,
      @Parameter(description = "count verified shipments only")
          @RequestParam(defaultValue = "false")
          boolean verifiedOnly) {
    return figures.summary(current.get(), new TotalsQuery(year, by, hsCode, region, verifiedOnly));
  }
}
