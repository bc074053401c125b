package id.naikkelas.catalogue;

import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.RupiahJson;
import id.naikkelas.platform.WebLinks;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A product as sent to the API or built from the product form: prices as Rupiah amounts (the API
 * reads a number or the text people type, {@code 15000}, {@code "Rp15.000"}), the category and
 * availability as their enums. The description may hold simple formatting, which is sanitised: no
 * script, no event handlers, links only to http(s). Every rule is checked by {@link #check}, which
 * names each wrong field; the annotations only document those rules in the API schema.
 */
@Schema(description = "A product of a registered business, checked whole, problems named by field")
public record ProductDraft(
    @Schema(
            description =
                "the business selling it; required to create (an owner's own, or one in the"
                    + " officer's scope), ignored on update")
        Long businessId,
    @NotBlank @Size(max = NAME_MAX) String name,
    @Schema(description = "simple HTML (p, br, b, i, lists, links), sanitised")
        @Size(max = DESCRIPTION_MAX)
        String description,
    @NotNull Category category,
    @NotNull
        @JsonDeserialize(using = RupiahJson.class)
        @Schema(example = "15000", description = "Rupiah, not negative")
        BigDecimal priceMin,
    @JsonDeserialize(using = RupiahJson.class)
        @Schema(example = "20000", description = "Rupiah, for a price range; not below priceMin")
        BigDecimal priceMax,
    @NotBlank @Size(max = UNIT_MAX) @Schema(example = "pak") String unit,
    @Min(1) @Max(MIN_ORDER_MAX) @Schema(description = "1 when absent") Integer minOrder,
    @Schema(description = "AVAILABLE when absent") Availability availability,
    @Size(max = LINKS_MAX) List<@Size(max = LINK_MAX) String> marketplaceLinks) {

  static final int NAME_MAX = 160;
  static final int DESCRIPTION_MAX = 10_000;
  static final int UNIT_MAX = 40;
  static final int MIN_ORDER_MAX = 1_000_000;
  static final int LINKS_MAX = 10;
  static final int LINK_MAX = 300;

  /** The draft once checked: typed values and the sanitised description. */
  record Checked(
      String name,
      String descriptionHtml,
      String descriptionText,
      Category category,
      BigDecimal priceMin,
      BigDecimal priceMax,
      String unit,
      int minOrder,
      Availability availability,
      List<String> marketplaceLinks) {}

  static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements("p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "a")
          .allowUrlProtocols("https", "http")
          .allowAttributes("href")
          .onElements("a")
          .requireRelNofollowOnLinks()
          .toFactory();

  private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();

  Checked check() {
    List<FieldProblem> p = new ArrayList<>();
    Checked checked = check(p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return checked;
  }

  /**
   * The problems {@link #check} would report, for a form that adds its own (text that did not
   * parse) and reports all of them together.
   */
  public List<FieldProblem> problems() {
    List<FieldProblem> p = new ArrayList<>();
    check(p);
    return p;
  }

  private Checked check(List<FieldProblem> p) {
    String n = text(name, "name", NAME_MAX, true, p);
    String html = null;
    String plain = null;
    if (description != null && !description.isBlank()) {
      if (description.length() > DESCRIPTION_MAX) {
        p.add(new FieldProblem("description", "field.tooLong", DESCRIPTION_MAX));
      } else {
        html = POLICY.sanitize(description.strip());
        plain = HtmlUtils.htmlUnescape(TEXT_ONLY.sanitize(html.replace("<", " <"))).strip();
      }
    }
    if (category == null) {
      p.add(new FieldProblem("category", "field.required"));
    }
    BigDecimal min = amount(priceMin, "priceMin", true, p);
    BigDecimal max = amount(priceMax, "priceMax", false, p);
    if (min != null && max != null && max.compareTo(min) < 0) {
      p.add(new FieldProblem("priceMax", "catalogue.price.range"));
    }
    String u = text(unit, "unit", UNIT_MAX, true, p);
    int order = minOrder == null ? 1 : minOrder;
    if (order < 1 || order > MIN_ORDER_MAX) {
      p.add(new FieldProblem("minOrder", "catalogue.minOrder.invalid"));
    }
    Availability a = availability == null ? Availability.AVAILABLE : availability;
    List<String> links = new ArrayList<>();
    for (String link : marketplaceLinks == null ? List.<String>of() : marketplaceLinks) {
      if (link == null || link.isBlank()) {
        continue;
      }
      if (!WebLinks.isHttp(link.strip()) || link.strip().length() > LINK_MAX) {
        p.add(new FieldProblem("marketplaceLinks", "catalogue.link.invalid", link.strip()));
      } else {
        links.add(link.strip());
      }
    }
    if (links.size() > LINKS_MAX) {
      p.add(new FieldProblem("marketplaceLinks", "catalogue.link.tooMany", LINKS_MAX));
    }
    return new Checked(n, html, plain, category, min, max, u, order, a, links);
  }

  private static String text(
      String v, String field, int max, boolean required, List<FieldProblem> p) {
    String s = FormFields.text(v, field, max, required, p);
    if (s == null) {
      return null;
    }
    if (s.contains("<") || s.contains(">")) {
      p.add(new FieldProblem(field, "catalogue.markup"));
      return null;
    }
    return s;
  }

  private static BigDecimal amount(
      BigDecimal v, String field, boolean required, List<FieldProblem> p) {
    if (v == null) {
      if (required) {
        p.add(new FieldProblem(field, "field.required"));
      }
      return null;
    }
    if (v.signum() < 0 || v.scale() > 2 || v.compareTo(Amounts.CEILING) >= 0) {
      p.add(new FieldProblem(field, "catalogue.price.invalid", v.toPlainString()));
      return null;
    }
    return v;
  }
}
