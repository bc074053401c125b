package id.naikkelas.export.market.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.market.ShipmentDraftView;
import id.naikkelas.export.market.ShipmentDrafts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shipment drafts from catalogue deals with buyers abroad. */
@RestController
@Tag(name = "Export", description = "Export ledger, regency totals and reference lists")
class ShipmentDraftApiController {

  private final ShipmentDrafts drafts;
  private final CurrentActor current;

  ShipmentDraftApiController(ShipmentDrafts drafts, CurrentActor current) {
    this.drafts = drafts;
    this.current = current;
  }

  @GetMapping("/api/v1/exporters/{businessId}/shipment-drafts")
  @Operation(
      operationId = "exportShipmentDraftList",
      summary = "An exporter's open shipment drafts from catalogue deals with buyers abroad")
  List<ShipmentDraftView> list(@PathVariable long businessId) {
    return drafts.forExporter(current.require(), businessId);
  }

  @GetMapping("/api/v1/shipment-drafts/{id}")
  @Operation(
      operationId = "exportShipmentDraftFind",
      summary = "One shipment draft, with what the record-shipment form is prefilled with")
  ShipmentDraftView find(@PathVariable long id) {
    return drafts.find(current.require(), id);
  }

  @PostMapping("/api/v1/shipment-drafts/{id}/dismiss")
  @Operation(
      operationId = "exportShipmentDraftDismiss",
      summary = "The deal will not be recorded as a shipment; a closed draft answers 409")
  ShipmentDraftView dismiss(@PathVariable long id) {
    return drafts.dismiss(current.require(), id);
  }
}
