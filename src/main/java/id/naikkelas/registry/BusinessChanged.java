package id.naikkelas.registry;

/** A business record's fields changed (name, place, legality numbers, consent…). */
public record BusinessChanged(long businessId, String villageCode) {}
