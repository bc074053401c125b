package id.naikkelas.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The region hierarchy: look-up, children, ancestry, search, and the deployment's own regions. */
@Service
public class Regions {

  private final RegionRepository repository;
  private final ServedRegions served;

  Regions(RegionRepository repository, ServedRegions served) {
    this.repository = repository;
    this.served = served;
    this.byCode =
        com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
            .maximumSize(100_000)
            .build(repository::find);
  }

  /** Regions change only with a new data release (a migration): look-ups are kept in memory. */
  private final com.github.benmanes.caffeine.cache.LoadingCache<String, Optional<Region>> byCode;

  public Optional<Region> find(String code) {
    return RegionCode.parse(code).flatMap(c -> byCode.get(c.value()));
  }

  /** The regions one level down, or the provinces for a blank code. */
  public List<Region> children(String code) {
    return code == null || code.isBlank() ? repository.topLevel() : repository.children(code);
  }

  /** The region and its ancestors, province first. */
  public List<Region> path(String code) {
    List<Region> path = new ArrayList<>();
    Optional<RegionCode> current = RegionCode.parse(code);
    while (current.isPresent()) {
      repository.find(current.get().value()).ifPresent(path::add);
      current = current.get().parent();
    }
    Collections.reverse(path);
    return path;
  }

  /** Every region of the level inside the scope, e.g. all villages of a regency. */
  public List<Region> within(String scope, RegionLevel level) {
    return repository.within(scope, level);
  }

  public Page<Region> search(String text, String within, Pageable pageable) {
    return repository.search(text, within, pageable);
  }

  /** The regencies (or provinces) this deployment serves. */
  public List<Region> served() {
    return served.codes().stream().flatMap(c -> repository.find(c.value()).stream()).toList();
  }

  /** The smallest region covering everything served: the first admin's scope. */
  public String deploymentRoot() {
    return served.root().value();
  }

  public ScopeCheck checkScope(String code) {
    Optional<RegionCode> parsed = RegionCode.parse(code);
    if (parsed.isEmpty()) {
      return ScopeCheck.MALFORMED;
    }
    if (repository.find(parsed.get().value()).isEmpty()) {
      return ScopeCheck.UNKNOWN;
    }
    return served.overlaps(parsed.get()) ? ScopeCheck.VALID : ScopeCheck.NOT_SERVED;
  }
}
