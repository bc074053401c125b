package id.naikkelas.registry.claims;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An officer's decision on a claim: a note, and for an approval the statement that the claimant
 * showed the owner's KTP in person. The bound is enforced by {@link ClaimReview}.
 */
public record ClaimDecision(
    @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = NOTE_MAX) String note,
    @Schema(description = "for an approval: the claimant showed the owner's KTP in person")
        Boolean ktpSeen) {

  static final int NOTE_MAX = 300;
}
