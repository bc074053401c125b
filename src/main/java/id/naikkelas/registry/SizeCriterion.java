package id.naikkelas.registry;

/** Which figure decided the size class. */
public enum SizeCriterion {
  /** Annual sales: decides for a running business. */
  ANNUAL_SALES,
  /** Business capital excluding land and buildings: decides for a new business. */
  CAPITAL
}
