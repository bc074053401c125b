package id.naikkelas.registry;

/** An officer verified a business record. */
public record BusinessVerified(long businessId, String villageCode, String by) {}
