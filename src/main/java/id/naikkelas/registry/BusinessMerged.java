package id.naikkelas.registry;

import org.springframework.modulith.NamedInterface;

/**
 * An officer decided that two records are one business: {@code mergedId} is now inactive and points
 * at {@code keptId}, which took over what it lacked.
 */
@NamedInterface("events")
public record BusinessMerged(
    long pairId, long keptId, long mergedId, String villageCode, String by) {}
