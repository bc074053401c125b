package id.naikkelas.training.matching;

public record MatchingParticipant(
    long id,
    String side,
    String kind,
    String name,
    String organisation,
    String country,
    String interests) {}
