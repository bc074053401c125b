package id.naikkelas.registry;

/** An officer decided that the two records of a pair are different businesses. */
public record DuplicateDismissed(long pairId, long businessA, long businessB, String by) {}
