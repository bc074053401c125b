package id.naikkelas.registry;

import org.springframework.modulith.NamedInterface;

/** An officer verified a business record. */
@NamedInterface("events")
public record BusinessVerified(long businessId, String villageCode, String by) {}
