package id.naikkelas.export.market;

import id.naikkelas.export.shipment.SmallCells;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ranking of suggested destinations: the other exporters' shipments, by country, without the
 * countries this exporter ships to, largest total rupiah value first. A country backed by fewer
 * than three exporters shows no value and comes after the others.
 */
final class SuggestionRanking {

  /**
   * The other exporters' value of goods {@code code} shipped to {@code country} by one business.
   */
  record Row(String country, String code, long businessId, BigDecimal valueIdr) {}

  /**
   * A ranked destination: its top code, number of exporters and value (null for fewer than three).
   */
  record Ranked(String country, String code, int exporters, BigDecimal valueIdr) {}

  private SuggestionRanking() {}

  static List<Ranked> rank(Collection<Row> rows, Set<String> excluded) {
    Map<String, Set<Long>> firms = new LinkedHashMap<>();
    Map<String, BigDecimal> totals = new HashMap<>();
    Map<String, Map<String, BigDecimal>> byCode = new HashMap<>();
    for (Row r : rows) {
      if (excluded.contains(r.country())) {
        continue;
      }
      firms.computeIfAbsent(r.country(), c -> new HashSet<>()).add(r.businessId());
      totals.merge(r.country(), r.valueIdr(), BigDecimal::add);
      byCode
          .computeIfAbsent(r.country(), c -> new HashMap<>())
          .merge(r.code(), r.valueIdr(), BigDecimal::add);
    }
    List<Ranked> ranked = new ArrayList<>();
    for (Map.Entry<String, Set<Long>> e : firms.entrySet()) {
      String country = e.getKey();
      int exporters = e.getValue().size();
      String code =
          byCode.get(country).entrySet().stream()
              .max(
                  Map.Entry.<String, BigDecimal>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .orElseThrow()
              .getKey();
      ranked.add(new Ranked(country, code, exporters, totals.get(country)));
    }
    // destinations of fewer than three firms show no value and come after the others, by their
    // number of firms and country, so that neither a figure nor a place in the order gives one away
    List<Ranked> shown =
        ranked.stream()
            .filter(r -> r.exporters() >= SmallCells.MIN_EXPORTERS)
            .sorted(
                Comparator.comparing(Ranked::valueIdr)
                    .reversed()
                    .thenComparing(Ranked::exporters, Comparator.reverseOrder())
                    .thenComparing(Ranked::country))
            .toList();
    List<Ranked> withheld =
        ranked.stream()
            .filter(r -> r.exporters() < SmallCells.MIN_EXPORTERS)
            .map(r -> new Ranked(r.country(), r.code(), r.exporters(), null))
            .sorted(
                Comparator.comparing(Ranked::exporters, Comparator.reverseOrder())
                    .thenComparing(Ranked::country))
            .toList();
    List<Ranked> all = new ArrayList<>(shown);
    all.addAll(withheld);
    return all;
  }
}
