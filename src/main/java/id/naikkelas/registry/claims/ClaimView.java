package id.naikkelas.registry.claims;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A claim as an officer of the owner's scope sees it, to compare with the KTP the claimant shows:
 * the owner masked as in every list, and what the claimant typed.
 *
 * @param ownerHasAccount another account already holds the owner: approving moves the owner to the
 *     claimant (the claimant is never told)
 */
public record ClaimView(
    long id,
    ClaimStatus status,
    Instant openedAt,
    String claimantUsername,
    String claimedName,
    String claimedBusinessName,
    long ownerId,
    String ownerNikMasked,
    String ownerName,
    LocalDate ownerBirthDate,
    String ownerVillageCode,
    boolean ownerHasAccount,
    boolean codeSent,
    int failedTries) {}
