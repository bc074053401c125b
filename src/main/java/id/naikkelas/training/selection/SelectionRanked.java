package id.naikkelas.training.selection;

/** The applicants of a selection event were scored and ranked. */
public record SelectionRanked(long eventId, int applicants) {}
