package id.naikkelas.training.matching;

import org.springframework.modulith.NamedInterface;

@NamedInterface("matching")
public record MatchingParticipant(
    long id,
    String side,
    String kind,
    String name,
    String organisation,
    String country,
    String interests) {}
