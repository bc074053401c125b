package id.naikkelas.training.selection;

/** The ranking was fixed: the quota got places, the rest a ranked waitlist. */
public record SelectionConfirmed(long eventId, int confirmed, int waitlisted) {}
