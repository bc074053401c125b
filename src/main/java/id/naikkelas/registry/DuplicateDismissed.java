package id.naikkelas.registry;

import org.springframework.modulith.NamedInterface;

/** An officer decided that the two records of a pair are different businesses. */
@NamedInterface("events")
public record DuplicateDismissed(long pairId, long businessA, long businessB, String by) {}
