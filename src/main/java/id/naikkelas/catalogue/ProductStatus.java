package id.naikkelas.catalogue;

/** Only PUBLISHED products of verified businesses are public. */
public enum ProductStatus {
  DRAFT,
  PUBLISHED,
  HIDDEN
}
