package id.naikkelas.region;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The regencies (or whole provinces) this deployment serves, by Kemendagri code; by default
 * Lamongan and Lumajang.
 */
@ConfigurationProperties("naikkelas.regions")
record ServedRegions(@DefaultValue({"35.24", "35.08"}) List<String> served) {

  ServedRegions {
    if (served.isEmpty()) {
      throw new IllegalArgumentException("naikkelas.regions.served names no region");
    }
    served.forEach(RegionCode::new);
  }

  List<RegionCode> codes() {
    return served.stream().map(RegionCode::new).toList();
  }

  boolean overlaps(RegionCode code) {
    return codes().stream().anyMatch(served -> served.overlaps(code));
  }

  /** The smallest region that covers every served one: the scope of the first admin. */
  RegionCode root() {
    List<RegionCode> codes = codes();
    RegionCode root = codes.get(0);
    for (RegionCode code : codes) {
      while (!root.covers(code)) {
        root =
            root.parent()
                .orElseThrow(() -> new IllegalStateException("served regions span provinces"));
      }
    }
    return root;
  }
}
