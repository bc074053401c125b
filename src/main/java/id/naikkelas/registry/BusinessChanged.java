package id.naikkelas.registry;

import org.springframework.modulith.NamedInterface;

/** A business record's fields changed (name, place, legality numbers, consent…). */
@NamedInterface("events")
public record BusinessChanged(long businessId, String villageCode) {}
