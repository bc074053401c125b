package id.naikkelas.catalogue;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PhoneNumbers;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.registry.OwnerLookup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of products: who may manage which product, a product's view with its photo ids, the
 * caller's and a business's lists, and serving photos. Reached through {@link Products}.
 */
@Service
class ProductReads {

  private final ProductRepository repository;
  private final OwnerLookup owners;
  private final PhotoStore photos;
  private final JdbcClient jdbc;

  ProductReads(
      ProductRepository repository, OwnerLookup owners, PhotoStore photos, JdbcClient jdbc) {
    this.repository = repository;
    this.owners = owners;
    this.photos = photos;
    this.jdbc = jdbc;
  }

  /** A product the caller may manage, for its edit page and the API. */
  @Transactional(readOnly = true)
  ProductView find(Actor by, long id) {
    return view(manageable(by, id));
  }

  /** A published product, for the public. */
  @Transactional(readOnly = true)
  ProductView published(long id) {
    Product p = repository.findById(id).orElseThrow(() -> new NotFoundException("product", id));
    if (p.status() != ProductStatus.PUBLISHED) {
      throw new NotFoundException("product", id);
    }
    return view(p);
  }

  /** Products of the caller's businesses (owners) or of the caller's scope (officers). */
  @Transactional(readOnly = true)
  List<ProductView> mine(Actor by) {
    List<ProductView> out = new ArrayList<>();
    if (by.role() == Role.OWNER) {
      for (long business : owners.businessesOfAccount(by.id())) {
        repository.findByBusinessIdOrderByIdAsc(business).forEach(p -> out.add(view(p)));
      }
      return out;
    }
    String scope = by.officerScope();
    repository
        .findInScope(scope, org.springframework.data.domain.PageRequest.of(0, 200))
        .forEach(p -> out.add(view(p)));
    return out;
  }

  /** Published products of one business, for its public page. */
  @Transactional(readOnly = true)
  List<ProductView> ofBusiness(long businessId) {
    return repository.findByBusinessIdOrderByIdAsc(businessId).stream()
        .filter(p -> p.status() == ProductStatus.PUBLISHED)
        .map(this::view)
        .toList();
  }

  /** A photo of a published product (anyone) or of a product the caller manages. */
  byte[] photo(long photoId, boolean small, Actor by) {
    Long productId =
        jdbc.sql("select product_id from product_photo where id = ?")
            .param(photoId)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("photo", photoId));
    Product p = repository.findById(productId).orElseThrow();
    if (p.status() != ProductStatus.PUBLISHED) {
      // a photo of a product the caller may not manage answers as an unknown photo
      if (by == null) {
        throw new NotFoundException("photo", photoId);
      }
      try {
        manageable(by, productId);
      } catch (NotFoundException | ForbiddenException e) {
        throw new NotFoundException("photo", photoId);
      }
    }
    return photos.bytes(photoId, small);
  }

  /** The village of a product the caller may manage (for modules that attach things to it). */
  @Transactional(readOnly = true)
  ProductView manageableView(Actor by, long id) {
    return view(manageable(by, id));
  }

  /**
   * A product the owner owns or the officer's scope covers; 404 otherwise. A caller of another role
   * is refused (403) before the product is looked up, so that the answer never tells whether an id
   * exists.
   */
  Product manageable(Actor by, long id) {
    String scope = by.role() == Role.OWNER ? null : by.officerScope();
    Product p = repository.findById(id).orElseThrow(() -> new NotFoundException("product", id));
    if (by.role() == Role.OWNER) {
      if (!owners.businessesOfAccount(by.id()).contains(p.businessId())) {
        throw new NotFoundException("product", id);
      }
      return p;
    }
    if (!RegionScope.covers(scope, p.villageCode())) {
      throw new NotFoundException("product", id);
    }
    return p;
  }

  ProductView view(Product p) {
    List<Long> photoIds =
        jdbc.sql("select id from product_photo where product_id = ? order by position")
            .param(p.id())
            .query(Long.class)
            .list();
    String wa =
        p.whatsapp() == null
            ? null
            : PhoneNumbers.whatsAppLink(p.whatsapp())
                + "?text="
                + java.net.URLEncoder.encode(
                    "Halo, saya tertarik dengan " + p.name() + " (Naik Kelas).",
                    java.nio.charset.StandardCharsets.UTF_8);
    return new ProductView(
        p.id(),
        p.businessId(),
        p.businessName(),
        p.name(),
        p.descriptionHtml(),
        p.category(),
        p.priceMin(),
        p.priceMax(),
        p.unit(),
        p.minOrder(),
        p.availability(),
        Arrays.asList(p.marketplaceLinks()),
        Arrays.asList(p.badges()),
        p.status(),
        p.villageCode().substring(0, 8),
        wa,
        photoIds);
  }
}
