package id.naikkelas.registry;

/**
 * An officer's decision on a claim: a note, and for an approval the statement that the claimant
 * showed the owner's KTP in person.
 */
public record ClaimDecision(String note, Boolean ktpSeen) {}
