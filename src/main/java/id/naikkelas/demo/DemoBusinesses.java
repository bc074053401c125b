package id.naikkelas.demo;

import id.naikkelas.access.Actor;
import id.naikkelas.registry.BusinessQuery;
import id.naikkelas.registry.BusinessRow;
import id.naikkelas.registry.Registry;
import java.util.Comparator;
import org.springframework.data.domain.PageRequest;

/** Finds a business the demo made by its exact name: the first one registered under it. */
final class DemoBusinesses {

  private DemoBusinesses() {}

  static Long named(Registry registry, Actor officer, String name) {
    return registry
        .search(
            officer,
            new BusinessQuery(null, null, null, null, null, null, null, name, null),
            PageRequest.of(0, 20))
        .stream()
        .filter(r -> r.name().equals(name))
        .min(Comparator.comparingLong(BusinessRow::id))
        .map(BusinessRow::id)
        .orElse(null);
  }
}
