package id.naikkelas.catalogue.curation.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.curation.Curation;
import id.naikkelas.catalogue.curation.CurationBoard;
import id.naikkelas.catalogue.curation.CurationRoundView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
 * Market access: curation rounds, submissions, scores and outlets. The operation ids are the ones
 * these operations had in MarketAccessApiController ({@code marketAccess…}), so generated clients
 * keep working.
 */
@RestController
@Tag(name = "Market access", description = "Partners, curation, showrooms, virtual expos")
class CurationApiController {

  record CurationSubmissionRequest(@NotNull @Positive Long productId) {}

  /** Scores 0–10 keyed by the round's criterion keys, with feedback. */
  record CurationScoresRequest(
      @NotNull Map<String, BigDecimal> scores, @Size(max = 1000) String feedback) {}

  record CurationOutletRequest(
      @NotBlank @Size(max = 160) String outlet, @Size(max = 160) String city, LocalDate since) {}

  private final Curation curation;
  private final CurationBoard board;
  private final CurrentActor current;

  CurationApiController(Curation curation, CurationBoard board, CurrentActor current) {
    this.curation = curation;
    this.board = board;
    this.current = current;
  }

  @GetMapping("/api/v1/curation-rounds")
  @Operation(operationId = "marketAccessRounds", summary = "Curation rounds of the caller's scope")
  List<Map<String, Object>> rounds() {
    return board.rounds(current.require());
  }

  @PostMapping("/api/v1/curation-rounds")
  @Operation(
      operationId = "marketAccessOpen",
      summary = "Open a round: title, partnerId, criteria (key, label, weight), passScore 0–100")
  ResponseEntity<Map<String, Object>> open(@Valid @RequestBody Curation.CurationRoundRequest d) {
    long id = curation.open(current.require(), d);
    return ResponseEntity.created(URI.create("/api/v1/curation-rounds/" + id))
        .body(Map.of("id", id));
  }

  @PostMapping("/api/v1/curation-rounds/{id}/close")
  @Operation(
      operationId = "marketAccessClose",
      summary = "Close an open round: no more entries or scores")
  CurationRoundView close(@PathVariable long id) {
    return curation.close(current.require(), id);
  }

  @PostMapping("/api/v1/curation-rounds/{id}/submissions")
  @Operation(
      operationId = "marketAccessSubmit",
      summary = "Enter a product (owners: their own; officers: in scope)")
  ResponseEntity<Map<String, Object>> submit(
      @PathVariable long id, @Valid @RequestBody CurationSubmissionRequest s) {
    long submission =
        curation.submit(current.require(), id, s.productId() == null ? -1 : s.productId());
    return ResponseEntity.status(201).body(Map.of("id", submission));
  }

  @GetMapping("/api/v1/curation-rounds/{id}/submissions")
  @Operation(
      operationId = "marketAccessSubmissions",
      summary = "Submissions of businesses in the caller's scope: score, status, outlets")
  List<Curation.CurationSubmissionView> submissions(@PathVariable long id) {
    return board.submissions(current.require(), id);
  }

  @PostMapping("/api/v1/curation-submissions/{id}/scores")
  @Operation(
      operationId = "marketAccessScore",
      summary = "Score 0–10 per criterion with feedback; the weighted total decides")
  Curation.CurationSubmissionView score(
      @PathVariable long id, @Valid @RequestBody CurationScoresRequest s) {
    return curation.score(current.require(), id, s.scores(), s.feedback());
  }

  @PostMapping("/api/v1/curation-submissions/{id}/outlets")
  @Operation(
      operationId = "marketAccessOutlet",
      summary = "An outlet where a passed product is sold")
  ResponseEntity<Void> outlet(@PathVariable long id, @Valid @RequestBody CurationOutletRequest o) {
    curation.addOutlet(current.require(), id, o.outlet(), o.city(), o.since());
    return ResponseEntity.status(201).build();
  }

  @GetMapping("/api/v1/curation-rounds/{id}/report")
  @Operation(
      operationId = "marketAccessCurationReport",
      summary = "Submitted, passed, businesses and outlets, within the caller's scope")
  Curation.CurationReport curationReport(@PathVariable long id) {
    return board.report(current.require(), id);
  }
}
