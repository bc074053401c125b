package id.naikkelas.registry.api;

import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.region.RegionCode;
import id.naikkelas.registry.BusinessQuery;
import id.naikkelas.registry.BusinessStatus;
import id.naikkelas.registry.SizeClass;

/** The filters the business list and its export share, as query parameters. */
record BusinessFilter(
    String region,
    String kbli,
    SizeClass sizeClass,
    BusinessStatus status,
    Boolean online,
    Boolean exporter,
    Boolean ikm,
    String q,
    String sort) {

  /** The query, with {@code size} (when the list's size parameter named a class) winning. */
  BusinessQuery toQuery(SizeClass size) {
    if (region != null && !region.isBlank() && RegionCode.parse(region).isEmpty()) {
      throw new InvalidInputException("region", "region.code.malformed", region);
    }
    return new BusinessQuery(
        region,
        kbli,
        size != null ? size : sizeClass,
        status,
        online,
        exporter,
        ikm,
        q,
        sort == null ? "name" : sort);
  }
}
