package id.naikkelas.catalogue.curation;

/** A curation round stopped taking entries and scores. */
public record CurationRoundClosed(long roundId, String regionScope) {}
