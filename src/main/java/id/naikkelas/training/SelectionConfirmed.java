package id.naikkelas.training;

/** The ranking was fixed: the quota got places, the rest a ranked waitlist. */
public record SelectionConfirmed(long eventId, int confirmed, int waitlisted) {}
