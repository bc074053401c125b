package id.naikkelas.catalogue;

import id.naikkelas.registry.OwnerLookup;
import java.util.ArrayList;
import java.util.List;

/** What a product copies from its business. */
record BusinessCopy(String name, String villageCode, List<String> badges, String whatsapp) {

  /** The copy of a business's records, with the badges it earns from them. */
  static BusinessCopy of(OwnerLookup.CatalogueFacts f) {
    List<String> badges = new ArrayList<>();
    if (f.pirt()) {
      badges.add("PIRT");
    }
    if (f.halal()) {
      badges.add("HALAL");
    }
    if (f.trademark()) {
      badges.add("TRADEMARK");
    }
    if (f.exporter()) {
      badges.add("EXPORTER");
    }
    return new BusinessCopy(f.name(), f.villageCode(), badges, f.whatsapp());
  }
}
