package id.naikkelas.export.market.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.market.MarketSuggestion;
import id.naikkelas.export.market.MarketSuggestions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Markets an exporter might try, from what the regency's other exporters ship. */
@RestController
@Tag(name = "Export", description = "Export ledger, regency totals and reference lists")
class MarketSuggestionApiController {

  private final MarketSuggestions suggestions;
  private final CurrentActor current;

  MarketSuggestionApiController(MarketSuggestions suggestions, CurrentActor current) {
    this.suggestions = suggestions;
    this.current = current;
  }

  @GetMapping("/api/v1/exporters/{businessId}/market-suggestions")
  @Operation(
      operationId = "exportMarketSuggestions",
      summary =
          "Destinations where the regency's other exporters ship the same HS headings (or"
              + " chapters) and this exporter does not, by their rupiah value over three years,"
              + " with the certificate of origin and the regulation sources; no value is shown"
              + " where a single exporter stands behind a destination")
  List<MarketSuggestion> list(@PathVariable long businessId) {
    return suggestions.forExporter(current.require(), businessId);
  }
}
