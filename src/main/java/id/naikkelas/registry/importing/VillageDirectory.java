package id.naikkelas.registry.importing;

import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The villages of one scope in memory, found by code or by district and village names (case and
 * spacing ignored), so that an import of a million rows asks the database nothing per row.
 */
final class VillageDirectory {

  private final Map<String, Region> byCode = new HashMap<>();
  private final Map<String, List<Region>> byNames = new HashMap<>();
  private final Map<String, List<Region>> byVillageName = new HashMap<>();
  private final Regions regions;

  VillageDirectory(Regions regions, String scope) {
    this.regions = regions;
    Map<String, String> districtNames = new HashMap<>();
    for (Region district : regions.within(scope, RegionLevel.DISTRICT)) {
      districtNames.put(district.code(), district.name());
    }
    regions
        .find(scope)
        .filter(r -> r.level() == RegionLevel.DISTRICT)
        .ifPresent(d -> districtNames.put(d.code(), d.name()));
    List<Region> villages = new ArrayList<>(regions.within(scope, RegionLevel.VILLAGE));
    regions.find(scope).filter(r -> r.level() == RegionLevel.VILLAGE).ifPresent(villages::add);
    for (Region village : villages) {
      byCode.put(village.code(), village);
      String key = key(districtNames.get(village.parentCode()), village.name());
      byNames.computeIfAbsent(key, k -> new ArrayList<>()).add(village);
      byVillageName
          .computeIfAbsent(ImportColumn.normalise(village.name()), k -> new ArrayList<>())
          .add(village);
    }
  }

  /** A village by code: from memory inside the scope, from the database outside it. */
  Optional<Region> byCode(String code) {
    Region inScope = byCode.get(code);
    return inScope != null
        ? Optional.of(inScope)
        : regions.find(code).filter(r -> r.level() == RegionLevel.VILLAGE);
  }

  /**
   * The villages of the scope with these names: none, one, or several (ambiguous). Without a
   * district the village name alone is looked up, which is ambiguous more often.
   */
  List<Region> byNames(String district, String village) {
    if (district == null || district.isBlank()) {
      return byVillageName.getOrDefault(ImportColumn.normalise(village), List.of());
    }
    return byNames.getOrDefault(key(district, village), List.of());
  }

  private static String key(String district, String village) {
    return ImportColumn.normalise(district) + "|" + ImportColumn.normalise(village);
  }
}
