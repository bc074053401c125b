package id.naikkelas.catalogue.market.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.market.MarketPartners;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Market access: partners and the businesses onboarded with them (curation rounds:
 * CurationApiController, showrooms and consignment: ShowroomApiController, virtual expos:
 * ExpoApiController, in their sub-packages; all under one tag).
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

  private final MarketPartners partners;
  private final CurrentActor current;

  MarketAccessApiController(MarketPartners partners, CurrentActor current) {
    this.partners = partners;
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
}
