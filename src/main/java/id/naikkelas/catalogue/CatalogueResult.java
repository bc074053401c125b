package id.naikkelas.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One page of the public catalogue with the counts of each facet value over all matches. */
public record CatalogueResult(List<Item> items, long total, int page, int size, Facets facets) {

  /** A product in a list. */
  public record Item(
      long id,
      String name,
      long businessId,
      String businessName,
      BigDecimal price,
      BigDecimal priceMax,
      String unit,
      List<String> badges,
      String districtCode,
      Long photoId) {}

  /** Counts per category, district, badge and price band. */
  public record Facets(
      Map<String, Long> category,
      Map<String, Long> district,
      Map<String, Long> badge,
      Map<String, Long> price) {}
}
