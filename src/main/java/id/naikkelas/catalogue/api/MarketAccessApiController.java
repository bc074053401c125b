package id.naikkelas.catalogue.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.Expos;
import id.naikkelas.catalogue.MarketPartners;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
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
 * Market access: partners and virtual expos (curation rounds: CurationApiController, showrooms and
 * consignment: ShowroomApiController; all under one tag).
 */
@RestController
@Tag(name = "Market access", description = "Partners, curation, showrooms, virtual expos")
class MarketAccessApiController {

  /** A partner: kind MARKETPLACE, BANK, RETAILER, EXPO_ORGANISER or OTHER. */
  record PartnerRequest(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Pattern(regexp = "(?i)MARKETPLACE|BANK|RETAILER|EXPO_ORGANISER|OTHER") String kind,
      @Size(max = 300) String website) {}

  record PartnerOnboardingRequest(
      @NotNull @Positive Long businessId, LocalDate onboardedOn, @Size(max = 500) String note) {}

  record ExpoBoothRequest(@NotNull @Positive Long businessId) {}

  private final MarketPartners partners;
  private final Expos expos;
  private final CurrentActor current;

  MarketAccessApiController(MarketPartners partners, Expos expos, CurrentActor current) {
    this.partners = partners;
    this.expos = expos;
    this.current = current;
  }

  @GetMapping("/api/v1/partners")
  @Operation(summary = "Partner marketplaces, banks and retailers, with businesses onboarded")
  List<Map<String, Object>> partners() {
    return partners.list(current.require());
  }

  @PostMapping("/api/v1/partners")
  @Operation(summary = "Add a partner (MARKETPLACE, BANK, RETAILER, EXPO_ORGANISER, OTHER)")
  ResponseEntity<Map<String, Object>> partner(@Valid @RequestBody PartnerRequest r) {
    long id = partners.create(current.require(), r.name(), r.kind(), r.website());
    return ResponseEntity.created(URI.create("/api/v1/partners/" + id)).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/partners/{id}/onboardings")
  @Operation(summary = "Record that a business of the caller's scope is onboarded with the partner")
  ResponseEntity<Void> onboard(
      @PathVariable long id, @Valid @RequestBody PartnerOnboardingRequest o) {
    partners.onboard(
        current.require(),
        id,
        o.businessId() == null ? -1 : o.businessId(),
        o.onboardedOn(),
        o.note());
    return ResponseEntity.status(201).build();
  }

  @GetMapping("/api/v1/partners/{id}/onboardings")
  @Operation(summary = "Businesses of the caller's scope onboarded with the partner")
  List<Map<String, Object>> onboarded(@PathVariable long id) {
    return partners.onboarded(current.require(), id);
  }

  @GetMapping("/api/v1/public/expos")
  @SecurityRequirements
  @Operation(summary = "Virtual expos (public)")
  List<Expos.ExpoView> expos() {
    return expos.all();
  }

  @GetMapping("/api/v1/public/expos/{id}")
  @SecurityRequirements
  @Operation(summary = "An expo with its booths and their products (public)")
  Map<String, Object> expo(@PathVariable long id) {
    return Map.of("expo", expos.expo(id), "booths", expos.booths(id));
  }

  @PostMapping("/api/v1/expos")
  @Operation(summary = "Create a virtual expo (titles and descriptions in Indonesian and English)")
  ResponseEntity<Map<String, Object>> createExpo(@Valid @RequestBody Expos.ExpoDraft d) {
    long id = expos.create(current.require(), d);
    return ResponseEntity.created(URI.create("/api/v1/public/expos/" + id)).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/expos/{id}/booths")
  @Operation(
      summary =
          "Give a verified business inside the expo's scope a booth (officers covering the expo;"
              + " with a curation round, only a business with a product that passed it)")
  ResponseEntity<Void> booth(@PathVariable long id, @Valid @RequestBody ExpoBoothRequest b) {
    expos.addBooth(current.require(), id, b.businessId() == null ? -1 : b.businessId());
    return ResponseEntity.status(201).build();
  }

  @DeleteMapping("/api/v1/expos/{id}/booths/{businessId}")
  @Operation(summary = "Take a booth down (officers covering the expo)")
  ResponseEntity<Void> removeBooth(@PathVariable long id, @PathVariable long businessId) {
    expos.removeBooth(current.require(), id, businessId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/expos/{id}/report")
  @Operation(summary = "Booths, visits, inquiries and deals of the expo (officers covering it)")
  Expos.ExpoReport expoReport(@PathVariable long id) {
    return expos.report(current.require(), id);
  }
}
