package id.naikkelas.registry;

import org.springframework.modulith.NamedInterface;

/** A business record was marked inactive. */
@NamedInterface("events")
public record BusinessDeactivated(long businessId, String villageCode, String by) {}
