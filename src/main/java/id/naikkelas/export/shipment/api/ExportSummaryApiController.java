package id.naikkelas.export.shipment.api;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Role;
import id.naikkelas.export.shipment.ExportSummary;
import id.naikkelas.export.shipment.ExportTotals;
import id.naikkelas.export.shipment.TotalsBy;
import id.naikkelas.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Regency export totals. Aggregates only, so anyone may read them: an officer's defaults to their
 * scope, the public's to the whole deployment.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Export")
class ExportSummaryApiController {

  private final ExportTotals totals;
  private final CurrentActor current;
  private final Clock clock;

  ExportSummaryApiController(ExportTotals totals, CurrentActor current, Clock clock) {
    this.totals = totals;
    this.current = current;
    this.clock = clock;
  }

  @GetMapping("/api/v1/exports/summary")
  @Operation(
      operationId = "exportSummary",
      summary =
          "Export totals of a year by commodity, country, district or size: all shipments and"
              + " verified ones side by side, exporters, and the change against the year before")
  ExportSummary summary(
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "COMMODITY") TotalsBy by,
      @Parameter(description = "a chapter (2 digits): its headings") @RequestParam(required = false)
          String hsCode,
      @Parameter(description = "a region code the totals stay inside")
          @RequestParam(required = false)
          String region) {
    int thisYear = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getYear();
    int y = year == null ? thisYear : year;
    if (y < 2000 || y > thisYear) {
      throw new InvalidInputException("year", "export.shipment.year.range", 2000);
    }
    String scope = region;
    if (scope == null) {
      scope =
          current
              .get()
              .filter(a -> a.role() == Role.OFFICER || a.role() == Role.ADMIN)
              .map(Actor::scope)
              .orElse(null);
    }
    return totals.summary(scope, y, by, hsCode);
  }
}
