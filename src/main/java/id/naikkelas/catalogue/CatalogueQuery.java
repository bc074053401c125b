package id.naikkelas.catalogue;

import java.math.BigDecimal;

/** A public catalogue search: all optional; {@code region} is a regency or district code. */
public record CatalogueQuery(
    String q,
    Category category,
    String region,
    BigDecimal priceFrom,
    BigDecimal priceTo,
    String badge,
    String sort) {}
