package id.naikkelas.licensing;

import java.util.List;
import java.util.SortedSet;

/**
 * A checked application: the business (with its village, for the scope), the products a P-IRT or
 * halal request covers, or the mark, classes and goods or services of a trademark; {@code
 * renewalOf} names the request of the permit it renews.
 */
record Application(
    LicenceKind kind,
    long businessId,
    String villageCode,
    List<Long> productIds,
    SortedSet<Integer> niceClasses,
    String markName,
    String goodsServices,
    Long renewalOf) {

  /** The subjects an open request of this application holds, one open request each. */
  List<String> subjects() {
    return switch (kind) {
      case PIRT, HALAL -> productIds.stream().map(p -> "product:" + p).toList();
      case NIB -> List.of("business:" + businessId);
      case TRADEMARK ->
          List.of("mark:" + businessId + ":" + markName.strip().toLowerCase(java.util.Locale.ROOT));
    };
  }
}
