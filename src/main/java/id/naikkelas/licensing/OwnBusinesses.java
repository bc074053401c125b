package id.naikkelas.licensing;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.Products;
import id.naikkelas.registry.OwnerLookup;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an owner may apply for: their businesses, each with its published catalogue products, so the
 * application form offers choices instead of asking for numbers.
 */
@Service
public class OwnBusinesses {

  /** A business of the owner and its products. */
  public record Choice(long id, String name, List<Product> products) {}

  /** A product a P-IRT or halal request may cover. */
  public record Product(long id, String name) {}

  private final OwnerLookup owners;
  private final Products products;

  OwnBusinesses(OwnerLookup owners, Products products) {
    this.owners = owners;
    this.products = products;
  }

  /** The owner's businesses with their products; empty for anyone but an owner. */
  @Transactional(readOnly = true)
  public List<Choice> of(Actor owner) {
    if (owner.role() != Role.OWNER) {
      return List.of();
    }
    return owners.businessesOfAccount(owner.id()).stream()
        .flatMap(id -> owners.catalogueFacts(id).stream())
        .map(
            f ->
                new Choice(
                    f.businessId(),
                    f.name(),
                    products.ofBusiness(f.businessId()).stream()
                        .map(p -> new Product(p.id(), p.name()))
                        .toList()))
        .toList();
  }
}
