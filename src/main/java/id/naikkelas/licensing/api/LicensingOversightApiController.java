package id.naikkelas.licensing.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.licensing.ExpiringPermit;
import id.naikkelas.licensing.LicensingExpiry;
import id.naikkelas.licensing.LicensingReport;
import id.naikkelas.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What officers oversee: permits about to expire, and the year's counts. */
@RestController
@Tag(name = "Licensing")
class LicensingOversightApiController {

  private final LicensingExpiry expiry;
  private final LicensingReport report;
  private final CurrentActor current;

  LicensingOversightApiController(
      LicensingExpiry expiry, LicensingReport report, CurrentActor current) {
    this.expiry = expiry;
    this.report = report;
    this.current = current;
  }

  @GetMapping("/api/v1/licensing/expiring")
  @Operation(
      operationId = "licensingExpiring",
      summary = "Issued permits of the scope ending within the period (ISO, e.g. P6M), or ended")
  List<ExpiringPermit> expiring(
      @Parameter(description = "an ISO-8601 period, P1D to P10Y", example = "P6M")
          @RequestParam(defaultValue = "P6M")
          String within) {
    Period period;
    try {
      period = Period.parse(within);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("within", "licensing.period.invalid");
    }
    if (period.isNegative() || period.toTotalMonths() > 120) {
      throw new InvalidInputException("within", "licensing.period.invalid");
    }
    return expiry.expiring(current.require(), period);
  }

  @GetMapping("/api/v1/licensing/report")
  @Operation(
      operationId = "licensingReport",
      summary =
          "Requested, facilitated, issued, refused and median days to issue, by kind and district")
  List<LicensingReport.Line> report(@RequestParam int year) {
    if (year < 2000 || year > 2100) {
      throw new InvalidInputException("year", "licensing.year.invalid");
    }
    return report.of(current.require(), year);
  }
}
