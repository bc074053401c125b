package id.naikkelas.registry;

/** A business record was marked inactive. */
public record BusinessDeactivated(long businessId, String villageCode, String by) {}
