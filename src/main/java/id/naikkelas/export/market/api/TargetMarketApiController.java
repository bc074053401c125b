package id.naikkelas.export.market.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.market.MarketMove;
import id.naikkelas.export.market.TargetMarketForm;
import id.naikkelas.export.market.TargetMarketView;
import id.naikkelas.export.market.TargetMarkets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An exporter's target markets: add them and move them on. */
@RestController
@Tag(name = "Export", description = "Export ledger, regency totals and reference lists")
class TargetMarketApiController {

  private final TargetMarkets markets;
  private final CurrentActor current;

  TargetMarketApiController(TargetMarkets markets, CurrentActor current) {
    this.markets = markets;
    this.current = current;
  }

  @PostMapping("/api/v1/exporters/{businessId}/target-markets")
  @Operation(
      operationId = "exportTargetMarketAdd",
      summary =
          "Add a target market (country and HS heading) to an exporter: its owner or an officer of"
              + " its scope; the same one twice while not dropped answers 409 naming it")
  ResponseEntity<TargetMarketView> add(
      @PathVariable long businessId, @RequestBody TargetMarketForm form) {
    TargetMarketView v = markets.add(current.require(), businessId, form);
    return ResponseEntity.created(URI.create("/api/v1/target-markets/" + v.id())).body(v);
  }

  @GetMapping("/api/v1/exporters/{businessId}/target-markets")
  @Operation(
      operationId = "exportTargetMarketList",
      summary = "An exporter's target markets with the certificate of origin each country needs")
  List<TargetMarketView> list(@PathVariable long businessId) {
    return markets.forExporter(current.require(), businessId);
  }

  @GetMapping("/api/v1/target-markets/{id}")
  @Operation(operationId = "exportTargetMarketFind", summary = "One target market with its history")
  TargetMarketView find(@PathVariable long id) {
    return markets.find(current.require(), id);
  }

  @PostMapping("/api/v1/target-markets/{id}/sample-sent")
  @Operation(
      operationId = "exportTargetMarketSampleSent",
      summary = "PROSPECT → SAMPLE_SENT; another state answers 409")
  TargetMarketView sampleSent(@PathVariable long id) {
    return markets.move(current.require(), id, MarketMove.SAMPLE_SENT, null);
  }

  @PostMapping("/api/v1/target-markets/{id}/negotiating")
  @Operation(
      operationId = "exportTargetMarketNegotiating",
      summary = "PROSPECT or SAMPLE_SENT → NEGOTIATING; another state answers 409")
  TargetMarketView negotiating(@PathVariable long id) {
    return markets.move(current.require(), id, MarketMove.NEGOTIATING, null);
  }

  @PostMapping("/api/v1/target-markets/{id}/first-shipment")
  @Operation(
      operationId = "exportTargetMarketFirstShipment",
      summary =
          "PROSPECT, SAMPLE_SENT or NEGOTIATING → FIRST_SHIPMENT (a recorded shipment does this"
              + " too); another state answers 409")
  TargetMarketView firstShipment(@PathVariable long id) {
    return markets.move(current.require(), id, MarketMove.FIRST_SHIPMENT, null);
  }

  @PostMapping("/api/v1/target-markets/{id}/repeat")
  @Operation(
      operationId = "exportTargetMarketRepeat",
      summary = "FIRST_SHIPMENT → REPEAT; another state answers 409")
  TargetMarketView repeat(@PathVariable long id) {
    return markets.move(current.require(), id, MarketMove.REPEAT, null);
  }

  @PostMapping("/api/v1/target-markets/{id}/drop")
  @Operation(
      operationId = "exportTargetMarketDrop",
      summary = "Any state before REPEAT → DROPPED, with the reason; a final state answers 409")
  TargetMarketView drop(@PathVariable long id, @RequestBody DropRequest request) {
    return markets.move(current.require(), id, MarketMove.DROP, request.reason());
  }
}
