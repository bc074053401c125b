package id.naikkelas.registry.claims.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.claims.ClaimDecision;
import id.naikkelas.registry.claims.ClaimReview;
import id.naikkelas.registry.claims.ClaimView;
import id.naikkelas.registry.claims.MyClaim;
import id.naikkelas.registry.claims.OwnerClaims;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Claims on an owner's record: the claimant enters the code sent to the owner's phone on record;
 * officers of the owner's scope list pending claims and approve (KTP seen) or reject them.
 */
@RestController
@Tag(name = "Owner claims", description = "Proving that a new account is an owner on record")
class ClaimApiController {

  /** The code the claimant received on the phone on record. */
  @Schema(name = "ClaimCodeEntry")
  record CodeEntry(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              pattern = "\\d{6}",
              example = "123456",
              description = "the six digits sent to the owner's phone; anything else never matches")
          String code) {}

  private final OwnerClaims claims;
  private final ClaimReview review;
  private final CurrentActor current;

  ClaimApiController(OwnerClaims claims, ClaimReview review, CurrentActor current) {
    this.claims = claims;
    this.review = review;
    this.current = current;
  }

  @GetMapping("/api/v1/my/claim")
  @Operation(summary = "The signed-in account's claim on an owner's record; 404 when it has none")
  MyClaim mine() {
    return claims
        .mine(current.require())
        .orElseThrow(() -> new NotFoundException("claim", current.require().id()));
  }

  @PostMapping("/api/v1/my/claim/code")
  @Operation(
      summary =
          "Prove the claim with the 6-digit code; wrong codes count and the last allowed one"
              + " closes the claim")
  MyClaim code(@RequestBody CodeEntry entry) {
    return claims.enterCode(current.require(), entry == null ? null : entry.code());
  }

  @PostMapping("/api/v1/my/claim/resend")
  @Operation(summary = "Send a new code to the phone on record, within the limits")
  ResponseEntity<Void> resend() {
    claims.resend(current.require());
    return ResponseEntity.accepted().build();
  }

  @GetMapping("/api/v1/claims")
  @Operation(summary = "Pending claims on owners of the officer's scope (the owner's address)")
  List<ClaimView> pending() {
    return review.pending(current.require());
  }

  @GetMapping("/api/v1/claims/{id}")
  @Operation(summary = "One claim of the officer's scope; 404 outside it")
  ClaimView find(@PathVariable long id) {
    return review.find(current.require(), id);
  }

  @PostMapping("/api/v1/claims/{id}/approve")
  @Operation(
      summary =
          "Approve a claim after seeing the owner's KTP (ktpSeen true, a note): the account"
              + " becomes the owner's")
  ClaimView approve(@PathVariable long id, @RequestBody ClaimDecision decision) {
    review.approve(current.require(), id, decision);
    return review.find(current.require(), id);
  }

  @PostMapping("/api/v1/claims/{id}/reject")
  @Operation(summary = "Reject a claim, with a note; the owner's record stays as it is")
  ClaimView reject(@PathVariable long id, @RequestBody ClaimDecision decision) {
    review.reject(current.require(), id, decision);
    return review.find(current.require(), id);
  }
}
