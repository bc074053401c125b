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

  record PartnerRequest(String name, String kind, String website) {}

  record Onboarding(Long businessId, LocalDate onboardedOn, String note) {}

  record Submit(Long productId) {}

  record Scores(Map<String, BigDecimal> scores, String feedback) {}

  record Outlet(String outlet, String city, LocalDate since) {}

  record ShowroomRequest(String name, String place) {}

  record Placement(Long productId, Integer quantity, BigDecimal unitPrice, LocalDate placedOn) {}

  record Movement(String kind, Integer quantity, BigDecimal amount, LocalDate on) {}

  record BoothRequest(Long businessId) {}

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
  ResponseEntity<Map<String, Object>> partner(@RequestBody PartnerRequest r) {
    long id = partners.create(current.require(), r.name(), r.kind(), r.website());
    return ResponseEntity.created(URI.create("/api/v1/partners/" + id)).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/partners/{id}/onboardings")
  @Operation(summary = "Record that a business of the caller's scope is onboarded with the partner")
  ResponseEntity<Void> onboard(@PathVariable long id, @RequestBody Onboarding o) {
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
  ResponseEntity<Map<String, Object>> open(@RequestBody Curation.RoundDraft d) {
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
  ResponseEntity<Map<String, Object>> submit(@PathVariable long id, @RequestBody Submit s) {
    long submission =
        curation.submit(current.require(), id, s.productId() == null ? -1 : s.productId());
    return ResponseEntity.status(201).body(Map.of("id", submission));
  }

  @GetMapping("/api/v1/curation-rounds/{id}/submissions")
  @Operation(summary = "Submissions of businesses in the caller's scope: score, status, outlets")
  List<Curation.Submission> submissions(@PathVariable long id) {
    return board.submissions(current.require(), id);
  }

  @PostMapping("/api/v1/curation-submissions/{id}/scores")
  @Operation(summary = "Score 0–10 per criterion with feedback; the weighted total decides")
  Curation.Submission score(@PathVariable long id, @RequestBody Scores s) {
    return curation.score(current.require(), id, s.scores(), s.feedback());
  }

  @PostMapping("/api/v1/curation-submissions/{id}/outlets")
  @Operation(summary = "An outlet where a passed product is sold")
  ResponseEntity<Void> outlet(@PathVariable long id, @RequestBody Outlet o) {
    curation.addOutlet(current.require(), id, o.outlet(), o.city(), o.since());
    return ResponseEntity.status(201).build();
  }

  @GetMapping("/api/v1/curation-rounds/{id}/report")
  @Operation(summary = "Submitted, passed, businesses and outlets, within the caller's scope")
  Curation.Report curationReport(@PathVariable long id) {
    return board.report(current.require(), id);
  }

  @GetMapping("/api/v1/showrooms")
  @Operation(summary = "Showrooms of the caller's scope")
  List<Map<String, Object>> showrooms() {
    return showrooms.list(current.require());
  }

  @PostMapping("/api/v1/showrooms")
  @Operation(summary = "Add a showroom (e.g. Kantor Bupati, WBL, Anjungan Jawa Timur TMII)")
  ResponseEntity<Map<String, Object>> showroom(@RequestBody ShowroomRequest r) {
    long id = showrooms.create(current.require(), r.name(), r.place());
    return ResponseEntity.created(URI.create("/api/v1/showrooms/" + id)).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/showrooms/{id}/consignments")
  @Operation(summary = "Place stock of a product in the showroom")
  ResponseEntity<Map<String, Object>> place(@PathVariable long id, @RequestBody Placement p) {
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
  List<Showrooms.Line> lines(@PathVariable long id) {
    return showrooms.lines(current.require(), id);
  }

  @PostMapping("/api/v1/consignments/{id}/movements")
  @Operation(summary = "SOLD (quantity), RETURNED (quantity) or PAID (amount) to the business")
  ResponseEntity<Void> movement(@PathVariable long id, @RequestBody Movement m) {
    showrooms.record(current.require(), id, m.kind(), m.quantity(), m.amount(), m.on());
    return ResponseEntity.status(201).build();
  }

  @GetMapping("/api/v1/public/expos")
  @Operation(summary = "Virtual expos (public)")
  List<Expos.Expo> expos() {
    return expos.all();
  }

  @GetMapping("/api/v1/public/expos/{id}")
  @Operation(summary = "An expo with its booths and their products (public)")
  Map<String, Object> expo(@PathVariable long id) {
    return Map.of("expo", expos.expo(id), "booths", expos.booths(id));
  }

  @PostMapping("/api/v1/expos")
  @Operation(summary = "Create a virtual expo (titles and descriptions in Indonesian and English)")
  ResponseEntity<Map<String, Object>> createExpo(@RequestBody Expos.Draft d) {
    long id = expos.create(current.require(), d);
    return ResponseEntity.created(URI.create("/api/v1/public/expos/" + id)).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/expos/{id}/booths")
  @Operation(
      summary =
          "Give a verified business inside the expo's scope a booth (officers covering the expo;"
              + " with a curation round, only a business with a product that passed it)")
  ResponseEntity<Void> booth(@PathVariable long id, @RequestBody BoothRequest b) {
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
  Expos.Report expoReport(@PathVariable long id) {
    return expos.report(current.require(), id);
  }
}
