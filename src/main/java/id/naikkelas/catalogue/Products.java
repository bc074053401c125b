package id.naikkelas.catalogue;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PhoneNumbers;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.registry.BusinessDeactivated;
import id.naikkelas.registry.OwnerLookup;
import java.awt.image.BufferedImage;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products: owners manage those of their own businesses, officers those in their scope. Badges come
 * from the business's records in the registry, never typed by hand.
 */
@Service
public class Products {

  static final int MAX_PHOTOS = 8;

  private final ProductRepository repository;
  private final OwnerLookup owners;
  private final PhotoStore photos;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  Products(
      ProductRepository repository,
      OwnerLookup owners,
      PhotoStore photos,
      AuditTrail audit,
      JdbcClient jdbc,
      Clock clock) {
    this.repository = repository;
    this.owners = owners;
    this.photos = photos;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public long create(Actor by, ProductDraft draft) {
    if (draft.businessId() == null) {
      throw new InvalidInputException("businessId", "field.required");
    }
    OwnerLookup.CatalogueFacts business = businessFor(by, draft.businessId());
    ProductDraft.Checked checked = draft.check();
    Product product = new Product(business.businessId(), clock.instant());
    product.apply(checked, copy(business), clock.instant());
    repository.save(product);
    audit.record(
        AuditAction.CREATE,
        "product",
        product.id(),
        business.villageCode(),
        null,
        summary(product));
    return product.id();
  }

  @Transactional
  public void update(Actor by, long id, ProductDraft draft) {
    Product product = manageable(by, id);
    OwnerLookup.CatalogueFacts business = facts(product.businessId());
    Map<String, Object> before = summary(product);
    product.apply(draft.check(), copy(business), clock.instant());
    audit.record(
        AuditAction.UPDATE, "product", id, business.villageCode(), before, summary(product));
  }

  @Transactional
  public void publish(Actor by, long id) {
    Product product = manageable(by, id);
    OwnerLookup.CatalogueFacts business = facts(product.businessId());
    if (!"VERIFIED".equals(business.status())) {
      throw new ConflictException("status", "catalogue.publish.notVerified");
    }
    product.copy(copy(business));
    product.publish(true);
    audit.record(
        AuditAction.UPDATE,
        "product",
        id,
        business.villageCode(),
        Map.of("status", "DRAFT"),
        Map.of("status", "PUBLISHED"));
  }

  @Transactional
  public void hide(Actor by, long id) {
    Product product = manageable(by, id);
    product.hide();
    audit.record(
        AuditAction.UPDATE,
        "product",
        id,
        product.villageCode(),
        Map.of("status", "PUBLISHED"),
        Map.of("status", "HIDDEN"));
  }

  /** A product the caller may manage, for its edit page and the API. */
  @Transactional(readOnly = true)
  public ProductView find(Actor by, long id) {
    return view(manageable(by, id));
  }

  /** A published product, for the public. */
  @Transactional(readOnly = true)
  public ProductView published(long id) {
    Product p = repository.findById(id).orElseThrow(() -> new NotFoundException("product", id));
    if (p.status() != ProductStatus.PUBLISHED) {
      throw new NotFoundException("product", id);
    }
    return view(p);
  }

  /** Products of the caller's businesses (owners) or of the caller's scope (officers). */
  @Transactional(readOnly = true)
  public List<ProductView> mine(Actor by) {
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
  public List<ProductView> ofBusiness(long businessId) {
    return repository.findByBusinessIdOrderByIdAsc(businessId).stream()
        .filter(p -> p.status() == ProductStatus.PUBLISHED)
        .map(this::view)
        .toList();
  }

  @Transactional
  public long addPhoto(Actor by, long productId, byte[] bytes) {
    Product product = manageable(by, productId);
    int count =
        jdbc.sql("select count(*) from product_photo where product_id = ?")
            .param(productId)
            .query(Integer.class)
            .single();
    if (count >= MAX_PHOTOS) {
      throw new InvalidInputException("photo", "catalogue.photo.tooMany", MAX_PHOTOS);
    }
    BufferedImage image = photos.read(bytes);
    long photoId =
        jdbc.sql(
                "insert into product_photo (product_id, width, height, bytes, position, created_at)"
                    + " values (?, 0, 0, 0, ?, ?) returning id")
            .params(productId, count + 1, Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    PhotoStore.Stored stored = photos.write(photoId, image);
    jdbc.sql("update product_photo set width = ?, height = ?, bytes = ? where id = ?")
        .params(stored.width(), stored.height(), stored.bytes(), photoId)
        .update();
    audit.record(
        AuditAction.CREATE,
        "product-photo",
        photoId,
        product.villageCode(),
        null,
        Map.of("productId", productId));
    return photoId;
  }

  /** A photo of a published product (anyone) or of a product the caller manages. */
  public byte[] photo(long photoId, boolean small, Actor by) {
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

  /** The product passed a curation round: it wears the CURATED badge (and is re-indexed). */
  @Transactional
  void markCurated(long productId) {
    repository.findById(productId).ifPresent(Product::curated);
  }

  /** The village of a product the caller may manage (for modules that attach things to it). */
  @Transactional(readOnly = true)
  ProductView manageableView(Actor by, long id) {
    return view(manageable(by, id));
  }

  /** A deactivated business's products leave the catalogue, in the same transaction. */
  @EventListener
  void on(BusinessDeactivated event) {
    for (Product p : repository.findByBusinessIdOrderByIdAsc(event.businessId())) {
      if (p.status() == ProductStatus.PUBLISHED) {
        p.hide();
        repository.save(p);
      }
    }
  }

  /**
   * A product the owner owns or the officer's scope covers; 404 otherwise. A caller of another role
   * is refused (403) before the product is looked up, so that the answer never tells whether an id
   * exists.
   */
  private Product manageable(Actor by, long id) {
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

  private OwnerLookup.CatalogueFacts businessFor(Actor by, long businessId) {
    OwnerLookup.CatalogueFacts f =
        owners
            .catalogueFacts(businessId)
            .orElseThrow(() -> new NotFoundException("business", businessId));
    boolean allowed =
        by.role() == Role.OWNER
            ? f.ownerAccountId() != null && f.ownerAccountId() == by.id()
            : by.covers(f.villageCode()) && (by.role() == Role.OFFICER || by.role() == Role.ADMIN);
    if (!allowed) {
      throw new NotFoundException("business", businessId);
    }
    if ("INACTIVE".equals(f.status())) {
      throw new ConflictException("businessId", "catalogue.business.inactive");
    }
    return f;
  }

  private OwnerLookup.CatalogueFacts facts(long businessId) {
    return owners
        .catalogueFacts(businessId)
        .orElseThrow(() -> new NotFoundException("business", businessId));
  }

  /** The badges a business earns from its records. */
  public static List<String> badgesOf(OwnerLookup.CatalogueFacts f) {
    return copy(f).badges();
  }

  static BusinessCopy copy(OwnerLookup.CatalogueFacts f) {
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

  private static Map<String, Object> summary(Product p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("category", p.category());
    m.put("price", p.priceMin());
    m.put("status", p.status());
    return m;
  }
}
