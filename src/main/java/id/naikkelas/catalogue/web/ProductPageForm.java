package id.naikkelas.catalogue.web;

import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.ProductView;
import java.util.Arrays;

/** The product form; marketplace links one per line. */
public class ProductPageForm {

  private Long businessId;
  private String name = "";
  private String description = "";
  private String category = "FOOD_DRINK";
  private String priceMin = "";
  private String priceMax = "";
  private String unit = "";
  private String minOrder = "1";
  private String availability = "AVAILABLE";
  private String marketplaceLinks = "";

  ProductDraft toDraft() {
    return new ProductDraft(
        businessId,
        name,
        description,
        category,
        priceMin,
        priceMax,
        unit,
        minOrder,
        availability,
        Arrays.stream(marketplaceLinks.split("\\R")).filter(s -> !s.isBlank()).toList());
  }

  static ProductPageForm of(ProductView p) {
    ProductPageForm f = new ProductPageForm();
    f.businessId = p.businessId();
    f.name = p.name();
    f.description = p.descriptionHtml() == null ? "" : p.descriptionHtml();
    f.category = p.category().name();
    f.priceMin = p.price().toPlainString();
    f.priceMax = p.priceMax() == null ? "" : p.priceMax().toPlainString();
    f.unit = p.unit();
    f.minOrder = String.valueOf(p.minOrder());
    f.availability = p.availability().name();
    f.marketplaceLinks = String.join("\n", p.marketplaceLinks());
    return f;
  }

  public Long getBusinessId() {
    return businessId;
  }

  public void setBusinessId(Long v) {
    businessId = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = v;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String v) {
    category = v;
  }

  public String getPriceMin() {
    return priceMin;
  }

  public void setPriceMin(String v) {
    priceMin = v;
  }

  public String getPriceMax() {
    return priceMax;
  }

  public void setPriceMax(String v) {
    priceMax = v;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String v) {
    unit = v;
  }

  public String getMinOrder() {
    return minOrder;
  }

  public void setMinOrder(String v) {
    minOrder = v;
  }

  public String getAvailability() {
    return availability;
  }

  public void setAvailability(String v) {
    availability = v;
  }

  public String getMarketplaceLinks() {
    return marketplaceLinks;
  }

  public void setMarketplaceLinks(String v) {
    marketplaceLinks = v;
  }
}
