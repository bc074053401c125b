package id.naikkelas.export.shipment.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.export.shipment.ShipmentFilter;
import id.naikkelas.export.shipment.ShipmentForm;
import id.naikkelas.export.shipment.ShipmentSource;
import id.naikkelas.export.shipment.ShipmentView;
import id.naikkelas.export.shipment.SizeGroup;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The export ledger: record shipments, list them, verify them. */
@RestController
@Tag(name = "Export", description = "Export ledger, regency totals and reference lists")
class ExportShipmentApiController {

  private final ExportShipments shipments;
  private final CurrentActor current;

  ExportShipmentApiController(ExportShipments shipments, CurrentActor current) {
    this.shipments = shipments;
    this.current = current;
  }

  @PostMapping("/api/v1/export-shipments")
  @Operation(
      operationId = "exportShipmentRecord",
      summary =
          "Record a shipment of a business: its owner, or an officer of its scope; the same"
              + " shipment twice answers 409 naming the stored one")
  ResponseEntity<ShipmentView> record(@RequestBody ShipmentForm form) {
    ShipmentView v = shipments.record(current.require(), form, ShipmentSource.OFFICER);
    return ResponseEntity.created(URI.create("/api/v1/export-shipments/" + v.id())).body(v);
  }

  @GetMapping("/api/v1/export-shipments")
  @Operation(
      operationId = "exportShipmentList",
      summary = "Shipments of the caller's scope (owners: their own), newest first")
  PageResponse<ShipmentView> list(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String hsCode,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) SizeGroup sizeGroup,
      @RequestParam(required = false) Long businessId,
      @RequestParam(defaultValue = "false") boolean verifiedOnly,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (size < 1 || size > 500) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 500);
    }
    return PageResponse.of(
        shipments.list(
            current.require(),
            new ShipmentFilter(year, hsCode, country, region, sizeGroup, verifiedOnly, businessId),
            PageRequest.of(Math.max(page, 0), size)),
        v -> v);
  }

  @GetMapping("/api/v1/export-shipments/{id}")
  @Operation(operationId = "exportShipmentFind", summary = "One shipment of the ledger")
  ShipmentView find(@PathVariable long id) {
    return shipments.find(current.require(), id);
  }

  @PostMapping("/api/v1/export-shipments/{id}/verify")
  @Operation(
      operationId = "exportShipmentVerify",
      summary = "An officer confirms the shipment against its papers; a verified one answers 409")
  ShipmentView verify(@PathVariable long id) {
    return shipments.verify(current.require(), id);
  }
}
