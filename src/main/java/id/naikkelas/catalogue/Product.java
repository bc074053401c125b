package id.naikkelas.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A product of a registered business. Business name, place and badges are copied from the registry
 * when the product is saved (and refreshed when the business changes), so that search needs no
 * join.
 */
@Entity
@Table(name = "product")
@Indexed(index = "product")
class Product {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @GenericField(projectable = Projectable.YES)
  private long businessId;

  @FullTextField(analyzer = IndonesianAnalysis.INDONESIAN)
  private String businessName;

  private String villageCode;

  @KeywordField(aggregable = Aggregable.YES)
  private String districtCode;

  @KeywordField(aggregable = Aggregable.YES)
  private String regencyCode;

  @FullTextField(analyzer = IndonesianAnalysis.INDONESIAN)
  @KeywordField(name = "name_sort", normalizer = "lowercase", sortable = Sortable.YES)
  private String name;

  private String descriptionHtml;

  @FullTextField(analyzer = IndonesianAnalysis.INDONESIAN)
  private String descriptionText;

  @Enumerated(EnumType.STRING)
  @KeywordField(aggregable = Aggregable.YES)
  private Category category;

  @GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES)
  private BigDecimal priceMin;

  private BigDecimal priceMax;
  private String unit;
  private int minOrder;

  @Enumerated(EnumType.STRING)
  private Availability availability;

  private String[] marketplaceLinks;

  @KeywordField(aggregable = Aggregable.YES)
  private String[] badges;

  @Enumerated(EnumType.STRING)
  @KeywordField
  private ProductStatus status;

  private String whatsapp;
  private boolean demo;
  private Instant createdAt;
  private Instant updatedAt;

  @Version private long version;

  protected Product() {}

  Product(long businessId, Instant now) {
    this.businessId = businessId;
    this.status = ProductStatus.DRAFT;
    this.createdAt = now;
  }

  void apply(ProductDraft.Checked c, BusinessCopy b, Instant now) {
    this.name = c.name();
    this.descriptionHtml = c.descriptionHtml();
    this.descriptionText = c.descriptionText();
    this.category = c.category();
    this.priceMin = c.priceMin();
    this.priceMax = c.priceMax();
    this.unit = c.unit();
    this.minOrder = c.minOrder();
    this.availability = c.availability();
    this.marketplaceLinks = c.marketplaceLinks().toArray(String[]::new);
    copy(b);
    this.updatedAt = now;
  }

  /** Business name, place, badges and contact as the registry holds them now. */
  void copy(BusinessCopy b) {
    this.businessName = b.name();
    this.villageCode = b.villageCode();
    this.districtCode = b.villageCode().substring(0, 8);
    this.regencyCode = b.villageCode().substring(0, 5);
    boolean curated = badges != null && java.util.Arrays.asList(badges).contains("CURATED");
    java.util.List<String> all = new java.util.ArrayList<>(b.badges());
    if (curated) {
      all.add("CURATED"); // earned in a curation round, not from the registry
    }
    this.badges = all.toArray(String[]::new);
    this.whatsapp = b.whatsapp();
  }

  /** DRAFT or HIDDEN → PUBLISHED; only a verified business publishes. */
  void publish(boolean businessVerified) {
    if (!businessVerified) {
      throw new IllegalStateException("business not verified");
    }
    status = ProductStatus.PUBLISHED;
  }

  void hide() {
    status = ProductStatus.HIDDEN;
  }

  Long id() {
    return id;
  }

  long businessId() {
    return businessId;
  }

  String businessName() {
    return businessName;
  }

  String villageCode() {
    return villageCode;
  }

  String name() {
    return name;
  }

  String descriptionHtml() {
    return descriptionHtml;
  }

  Category category() {
    return category;
  }

  BigDecimal priceMin() {
    return priceMin;
  }

  BigDecimal priceMax() {
    return priceMax;
  }

  String unit() {
    return unit;
  }

  int minOrder() {
    return minOrder;
  }

  Availability availability() {
    return availability;
  }

  String[] marketplaceLinks() {
    return marketplaceLinks;
  }

  String[] badges() {
    return badges;
  }

  ProductStatus status() {
    return status;
  }

  String whatsapp() {
    return whatsapp;
  }

  /** Passed a curation round: the CURATED badge. */
  void curated() {
    if (!java.util.Arrays.asList(badges).contains("CURATED")) {
      java.util.List<String> all = new java.util.ArrayList<>(java.util.Arrays.asList(badges));
      all.add("CURATED");
      badges = all.toArray(String[]::new);
    }
  }

  void markDemo() {
    demo = true;
  }
}
