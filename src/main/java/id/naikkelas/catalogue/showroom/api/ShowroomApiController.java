package id.naikkelas.catalogue.showroom.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.showroom.Showrooms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Market access: showrooms and consignment. The operation ids are the ones these operations had in
 * MarketAccessApiController ({@code marketAccess…}), so generated clients keep working.
 */
@RestController
@Tag(name = "Market access", description = "Partners, curation, showrooms, virtual expos")
class ShowroomApiController {

  record ShowroomRequest(@NotBlank @Size(max = 200) String name, @Size(max = 300) String place) {}

  record ConsignmentPlacementRequest(
      @NotNull @Positive Long productId,
      @NotNull @Positive Integer quantity,
      @PositiveOrZero BigDecimal unitPrice,
      LocalDate placedOn) {}

  /** SOLD or RETURNED take a quantity, PAID an amount. */
  record ConsignmentMovementRequest(
      @NotBlank @Pattern(regexp = "(?i)SOLD|RETURNED|PAID") String kind,
      @Positive Integer quantity,
      @PositiveOrZero BigDecimal amount,
      LocalDate on) {}

  private final Showrooms showrooms;
  private final CurrentActor current;

  ShowroomApiController(Showrooms showrooms, CurrentActor current) {
    this.showrooms = showrooms;
    this.current = current;
  }

  @GetMapping("/api/v1/showrooms")
  @Operation(operationId = "marketAccessShowrooms", summary = "Showrooms of the caller's scope")
  List<Map<String, Object>> showrooms() {
    return showrooms.list(current.require());
  }

  @PostMapping("/api/v1/showrooms")
  @Operation(
      operationId = "marketAccessShowroom",
      summary = "Add a showroom (e.g. Kantor Bupati, WBL, Anjungan Jawa Timur TMII)")
  ResponseEntity<Map<String, Object>> showroom(@Valid @RequestBody ShowroomRequest r) {
    long id = showrooms.create(current.require(), r.name(), r.place());
    return ResponseEntity.created(URI.create("/api/v1/showrooms/" + id)).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/showrooms/{id}/consignments")
  @Operation(
      operationId = "marketAccessPlace",
      summary = "Place stock of a product in the showroom")
  ResponseEntity<Map<String, Object>> place(
      @PathVariable long id, @Valid @RequestBody ConsignmentPlacementRequest p) {
    long c =
        showrooms.place(
            current.require(),
            id,
            p.productId() == null ? -1 : p.productId(),
            p.quantity(),
            p.unitPrice(),
            p.placedOn());
    return ResponseEntity.status(201).body(Map.of("id", c));
  }

  @GetMapping("/api/v1/showrooms/{id}/consignments")
  @Operation(
      operationId = "marketAccessLines",
      summary =
          "Stock placed, sold, returned, in stock, sold value, paid and owed, for businesses in"
              + " the caller's scope")
  List<Showrooms.ConsignmentLine> lines(@PathVariable long id) {
    return showrooms.lines(current.require(), id);
  }

  @PostMapping("/api/v1/consignments/{id}/movements")
  @Operation(
      operationId = "marketAccessMovement",
      summary = "SOLD (quantity), RETURNED (quantity) or PAID (amount) to the business")
  ResponseEntity<Void> movement(
      @PathVariable long id, @Valid @RequestBody ConsignmentMovementRequest m) {
    showrooms.record(current.require(), id, m.kind(), m.quantity(), m.amount(), m.on());
    return ResponseEntity.status(201).build();
  }
}
