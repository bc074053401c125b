package id.naikkelas.registry.claims;

import java.time.Instant;

/**
 * A claimant's own claim as they see it: nothing of the owner's record, not even whether a code
 * could be sent, so that it does not tell whether another account holds the owner.
 */
public record MyClaim(
    long id, ClaimStatus status, Instant openedAt, Instant closedAt, String businessName) {}
