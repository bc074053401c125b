package id.naikkelas.catalogue.web;

import id.naikkelas.catalogue.Availability;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.ProductView;
import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The product form: text as typed, marketplace links one per line. It becomes a typed {@link
 * ProductDraft}; text that does not read as an amount, a number or a choice is reported on its
 * field together with the draft's own problems.
 */
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

  /** The typed draft, or every problem of the form at once. */
  ProductDraft toDraft() {
    List<FieldProblem> unread = new ArrayList<>();
    ProductDraft draft =
        new ProductDraft(
            businessId,
            name,
            description,
            choice(Category.class, category, "category", unread),
            amount(priceMin, "priceMin", unread),
            amount(priceMax, "priceMax", unread),
            unit,
            count(minOrder, "minOrder", unread),
            choice(Availability.class, availability, "availability", unread),
            Arrays.stream(marketplaceLinks.split("\\R")).filter(s -> !s.isBlank()).toList());
    if (unread.isEmpty()) {
      return draft;
    }
    Set<String> fields = new HashSet<>();
    unread.forEach(u -> fields.add(u.field()));
    List<FieldProblem> all = new ArrayList<>(unread);
    draft.problems().stream().filter(d -> !fields.contains(d.field())).forEach(all::add);
    throw new InvalidInputException(all);
  }

  private static BigDecimal amount(String text, String field, List<FieldProblem> unread) {
    if (FormFields.blank(text)) {
      return null;
    }
    Optional<BigDecimal> amount = Amounts.parse(text);
    if (amount.isEmpty()) {
      unread.add(new FieldProblem(field, "catalogue.price.invalid", text.strip()));
    }
    return amount.orElse(null);
  }

  private static Integer count(String text, String field, List<FieldProblem> unread) {
    if (FormFields.blank(text)) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      unread.add(new FieldProblem(field, "catalogue.minOrder.invalid"));
      return null;
    }
  }

  /** Blank is left to the draft (required or defaulted); unknown text is a problem here. */
  private static <E extends Enum<E>> E choice(
      Class<E> type, String text, String field, List<FieldProblem> unread) {
    return FormFields.blank(text) ? null : FormFields.choice(type, text, field, unread);
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
