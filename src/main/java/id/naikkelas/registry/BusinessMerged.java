package id.naikkelas.registry;

/**
 * An officer decided that two records are one business: {@code mergedId} is now inactive and points
 * at {@code keptId}, which took over what it lacked.
 */
public record BusinessMerged(
    long pairId, long keptId, long mergedId, String villageCode, String by) {}
