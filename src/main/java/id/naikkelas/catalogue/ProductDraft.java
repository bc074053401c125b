package id.naikkelas.catalogue;

import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.WebLinks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * A product as typed into the form or sent to the API. Prices are Rupiah as people type them
 * ({@code 15000}, {@code Rp15.000}); the description may hold simple formatting, which is
 * sanitised: no script, no event handlers, links only to http(s).
 */
public record ProductDraft(
    Long businessId,
    String name,
    String description,
    String category,
    String priceMin,
    String priceMax,
    String unit,
    String minOrder,
    String availability,
    List<String> marketplaceLinks) {

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
    String n = text(name, "name", 160, true, p);
    String html = null;
    String plain = null;
    if (description != null && !description.isBlank()) {
      if (description.length() > 10_000) {
        p.add(new FieldProblem("description", "field.tooLong", 10_000));
      } else {
        html = POLICY.sanitize(description.strip());
        plain = HtmlUtils.htmlUnescape(TEXT_ONLY.sanitize(html.replace("<", " <"))).strip();
      }
    }
    Category c = FormFields.choice(Category.class, category, "category", p);
    BigDecimal min = amount(priceMin, "priceMin", true, p);
    BigDecimal max = amount(priceMax, "priceMax", false, p);
    if (min != null && max != null && max.compareTo(min) < 0) {
      p.add(new FieldProblem("priceMax", "catalogue.price.range"));
    }
    String u = text(unit, "unit", 40, true, p);
    int order = 1;
    if (minOrder != null && !minOrder.isBlank()) {
      try {
        order = Integer.parseInt(minOrder.strip());
        if (order < 1 || order > 1_000_000) {
          p.add(new FieldProblem("minOrder", "catalogue.minOrder"));
        }
      } catch (NumberFormatException e) {
        p.add(new FieldProblem("minOrder", "catalogue.minOrder"));
      }
    }
    Availability a =
        availability == null || availability.isBlank()
            ? Availability.AVAILABLE
            : FormFields.choice(Availability.class, availability, "availability", p);
    List<String> links = new ArrayList<>();
    for (String link : marketplaceLinks == null ? List.<String>of() : marketplaceLinks) {
      if (link == null || link.isBlank()) {
        continue;
      }
      if (!WebLinks.isHttp(link.strip()) || link.strip().length() > 300) {
        p.add(new FieldProblem("marketplaceLinks", "catalogue.link.invalid", link.strip()));
      } else {
        links.add(link.strip());
      }
    }
    if (links.size() > 10) {
      p.add(new FieldProblem("marketplaceLinks", "catalogue.link.tooMany", 10));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return new Checked(n, html, plain, c, min, max, u, order, a, links);
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

  private static BigDecimal amount(String v, String field, boolean required, List<FieldProblem> p) {
    if (v == null || v.isBlank()) {
      if (required) {
        p.add(new FieldProblem(field, "field.required"));
      }
      return null;
    }
    Optional<BigDecimal> a = Amounts.parse(v);
    if (a.isEmpty()) {
      p.add(new FieldProblem(field, "catalogue.price.invalid", v.strip()));
      return null;
    }
    return a.get();
  }
}
