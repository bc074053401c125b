package id.naikkelas.catalogue.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.Curation;
import id.naikkelas.catalogue.CurationBoard;
import id.naikkelas.catalogue.CurationRoundView;
import id.naikkelas.catalogue.Expos;
import id.naikkelas.catalogue.MarketPartners;
import id.naikkelas.catalogue.Showrooms;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Market access: partners, curation rounds, showrooms and consignment, virtual expos. */
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

  record CurationSubmissionRequest(@NotNull @Positive Long productId) {}

  /** Scores 0–10 keyed by the round's criterion keys, with feedback. */
  record CurationScoresRequest(
      @NotNull Map<String, BigDecimal> scores, @Size(max = 1000) String feedback) {}

  record CurationOutletRequest(
      @NotBlank @Size(max = 160) String outlet, @Size(max = 160) String city, LocalDate since) {}

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

  record ExpoBoothRequest(@NotNull @Positive Long businessId) {}

  private final MarketPartners partners;
  private final Curation curation;
  private final CurationBoard board;
  private final Showrooms showrooms;
  private final Expos expos;
  private final CurrentActor current;

  MarketAccessApiController(
      MarketPartners partners,
      Curation curation,
      CurationBoard board,
      Showrooms showrooms,
      Expos expos,
      CurrentActor current) {
    this.partners = partners;
    this.curation = curation;
    this.board = board;
    this.showrooms = showrooms;
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

  @GetMapping("/api/v1/curation-rounds")
  @Operation(summary = "Curation rounds of the caller's scope")
  List<Map<String, Object>> rounds() {
    return board.rounds(current.require());
  }

  @PostMapping("/api/v1/curation-rounds")
  @Operation(
      summary = "Open a round: title, partnerId, criteria (key, label, weight), passScore 0–100")
  ResponseEntity<Map<String, Object>> open(@Valid @RequestBody Curation.CurationRoundRequest d) {
    long id = curation.open(current.require(), d);
    return ResponseEntity.created(URI.create("/api/v1/curation-rounds/" + id))
        .body(Map.of("id", id));
  }

  @PostMapping("/api/v1/curation-rounds/{id}/close")
  @Operation(summary = "Close an open round: no more entries or scores")
  CurationRoundView close(@PathVariable long id) {
    return curation.close(current.require(), id);
  }

  @PostMapping("/api/v1/curation-rounds/{id}/submissions")
  @Operation(summary = "Enter a product (owners: their own; officers: in scope)")
  ResponseEntity<Map<String, Object>> submit(
      @PathVariable long id, @Valid @RequestBody CurationSubmissionRequest s) {
    long submission =
        curation.submit(current.require(), id, s.productId() == null ? -1 : s.productId());
    return ResponseEntity.status(201).body(Map.of("id", submission));
  }

  @GetMapping("/api/v1/curation-rounds/{id}/submissions")
  @Operation(summary = "Submissions of businesses in the caller's scope: score, status, outlets")
  List<Curation.CurationSubmissionView> submissions(@PathVariable long id) {
    return board.submissions(current.require(), id);
  }

  @PostMapping("/api/v1/curation-submissions/{id}/scores")
  @Operation(summary = "Score 0–10 per criterion with feedback; the weighted total decides")
  Curation.CurationSubmissionView score(
      @PathVariable long id, @Valid @RequestBody CurationScoresRequest s) {
    return curation.score(current.require(), id, s.scores(), s.feedback());
  }

  @PostMapping("/api/v1/curation-submissions/{id}/outlets")
  @Operation(summary = "An outlet where a passed product is sold")
  ResponseEntity<Void> outlet(@PathVariable long id, @Valid @RequestBody CurationOutletRequest o) {
    curation.addOutlet(current.require(), id, o.outlet(), o.city(), o.since());
    return ResponseEntity.status(201).build();
  }

  @GetMapping("/api/v1/curation-rounds/{id}/report")
  @Operation(summary = "Submitted, passed, businesses and outlets, within the caller's scope")
  Curation.CurationReport curationReport(@PathVariable long id) {
    return board.report(current.require(), id);
  }

  @GetMapping("/api/v1/showrooms")
  @Operation(summary = "Showrooms of the caller's scope")
  List<Map<String, Object>> showrooms() {
    return showrooms.list(current.require());
  }

  @PostMapping("/api/v1/showrooms")
  @Operation(summary = "Add a showroom (e.g. Kantor Bupati, WBL, Anjungan Jawa Timur TMII)")
  ResponseEntity<Map<String, Object>> showroom(@Valid @RequestBody ShowroomRequest r) {
    long id = showrooms.create(current.require(), r.name(), r.place());
    return ResponseEntity.created(URI.create("/api/v1/showrooms/" + id)).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/showrooms/{id}/consignments")
  @Operation(summary = "Place stock of a product in the showroom")
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
      summary =
          "Stock placed, sold, returned, in stock, sold value, paid and owed, for businesses in"
              + " the caller's scope")
  List<Showrooms.ConsignmentLine> lines(@PathVariable long id) {
    return showrooms.lines(current.require(), id);
  }

  @PostMapping("/api/v1/consignments/{id}/movements")
  @Operation(summary = "SOLD (quantity), RETURNED (quantity) or PAID (amount) to the business")
  ResponseEntity<Void> movement(
      @PathVariable long id, @Valid @RequestBody ConsignmentMovementRequest m) {
    showrooms.record(current.require(), id, m.kind(), m.quantity(), m.amount(), m.on());
    return ResponseEntity.status(201).build();
  }

  @GetMapping("/api/v1/public/expos")
  @Operation(summary = "Virtual expos (public)")
  List<Expos.ExpoView> expos() {
    return expos.all();
  }

  @GetMapping("/api/v1/public/expos/{id}")
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
