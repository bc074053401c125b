package id.naikkelas.platform;

/**
 * The walks run after every other test class (junit-platform.properties orders classes by
 * {@code @Order}): they create hundreds of records with hostile but storable values, which would
 * crowd the first pages of public lists that other tests read.
 */
final class WalkOrder {

  static final int LAST = Integer.MAX_VALUE;

  private WalkOrder() {}
}
