package id.naikkelas.catalogue.expo.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.expo.Expos;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Market access: virtual expos, public and managed by officers. The operation ids are the ones
 * these operations had in MarketAccessApiController ({@code marketAccess…}), so generated clients
 * keep working.
 */
@RestController
@Tag(name = "Market access", description = "Partners, curation, showrooms, virtual expos")
class ExpoApiController {

  record ExpoBoothRequest(@NotNull @Positive Long businessId) {}

  private final Expos expos;
  private final CurrentActor current;

  ExpoApiController(Expos expos, CurrentActor current) {
    this.expos = expos;
    this.current = current;
  }

  @GetMapping("/api/v1/public/expos")
  @SecurityRequirements
  @Operation(operationId = "marketAccessExpos", summary = "Virtual expos (public)")
  List<Expos.ExpoView> expos() {
    return expos.all();
  }

  @GetMapping("/api/v1/public/expos/{id}")
  @SecurityRequirements
  @Operation(
      operationId = "marketAccessExpo",
      summary = "An expo with its booths and their products (public)")
  Map<String, Object> expo(@PathVariable long id) {
    return Map.of("expo", expos.expo(id), "booths", expos.booths(id));
  }

  @PostMapping("/api/v1/expos")
  @Operation(
      operationId = "marketAccessCreateExpo",
      summary = "Create a virtual expo (titles and descriptions in Indonesian and English)")
  ResponseEntity<Map<String, Object>> createExpo(@Valid @RequestBody Expos.ExpoDraft d) {
    long id = expos.create(current.require(), d);
    return ResponseEntity.created(URI.create("/api/v1/public/expos/" + id)).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/expos/{id}/booths")
  @Operation(
      operationId = "marketAccessBooth",
      summary =
          "Give a verified business inside the expo's scope a booth (officers covering the expo;"
              + " with a curation round, only a business with a product that passed it)")
  ResponseEntity<Void> booth(@PathVariable long id, @Valid @RequestBody ExpoBoothRequest b) {
    expos.addBooth(current.require(), id, b.businessId() == null ? -1 : b.businessId());
    return ResponseEntity.status(201).build();
  }

  @DeleteMapping("/api/v1/expos/{id}/booths/{businessId}")
  @Operation(
      operationId = "marketAccessRemoveBooth",
      summary = "Take a booth down (officers covering the expo)")
  ResponseEntity<Void> removeBooth(@PathVariable long id, @PathVariable long businessId) {
    expos.removeBooth(current.require(), id, businessId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/expos/{id}/report")
  @Operation(
      operationId = "marketAccessExpoReport",
      summary = "Booths, visits, inquiries and deals of the expo (officers covering it)")
  Expos.ExpoReport expoReport(@PathVariable long id) {
    return expos.report(current.require(), id);
  }
}
