package id.naikkelas.catalogue;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.BusinessDeactivated;
import id.naikkelas.registry.BusinessStatus;
import id.naikkelas.registry.OwnerLookup;
import java.awt.image.BufferedImage;
import java.sql.Timestamp;
import java.time.Clock;
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
  private final ProductReads reads;

  Products(
      ProductRepository repository,
      OwnerLookup owners,
      PhotoStore photos,
      AuditTrail audit,
      JdbcClient jdbc,
      Clock clock,
      ProductReads reads) {
    this.repository = repository;
    this.owners = owners;
    this.photos = photos;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
    this.reads = reads;
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
    if (!BusinessStatus.VERIFIED.name().equals(business.status())) {
      throw new ConflictException("status", "catalogue.publish.notVerified");
    }
    product.copy(copy(business));
    ProductStatus before = product.status();
    product.publish(true);
    audit.record(
        AuditAction.UPDATE,
        "product",
        id,
        business.villageCode(),
        Map.of("status", before.name()),
        Map.of("status", product.status().name()));
  }

  @Transactional
  public void hide(Actor by, long id) {
    Product product = manageable(by, id);
    ProductStatus before = product.status();
    product.hide();
    audit.record(
        AuditAction.UPDATE,
        "product",
        id,
        product.villageCode(),
        Map.of("status", before.name()),
        Map.of("status", product.status().name()));
  }

  /** A product the caller may manage, for its edit page and the API. */
  public ProductView find(Actor by, long id) {
    return reads.find(by, id);
  }

  /** A published product, for the public. */
  public ProductView published(long id) {
    return reads.published(id);
  }

  /** Products of the caller's businesses (owners) or of the caller's scope (officers). */
  public List<ProductView> mine(Actor by) {
    return reads.mine(by);
  }

  /** Published products of one business, for its public page. */
  public List<ProductView> ofBusiness(long businessId) {
    return reads.ofBusiness(businessId);
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
    return reads.photo(photoId, small, by);
  }

  /** The product passed a curation round (for curation): the CURATED badge, re-indexed. */
  @Transactional
  public void markCurated(long productId) {
    repository.findById(productId).ifPresent(Product::curated);
  }

  /** The village of a product the caller may manage (for curation and showrooms). */
  public ProductView manageableView(Actor by, long id) {
    return reads.manageableView(by, id);
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

  private Product manageable(Actor by, long id) {
    return reads.manageable(by, id);
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
    if (BusinessStatus.INACTIVE.name().equals(f.status())) {
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
    return BusinessCopy.of(f);
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
