package id.naikkelas.catalogue.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.CatalogueQuery;
import id.naikkelas.catalogue.CatalogueResult;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.ProductSearch;
import id.naikkelas.catalogue.Products;
import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PhoneNumbers;
import id.naikkelas.platform.PublicUrl;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.BusinessStatus;
import id.naikkelas.registry.OwnerLookup;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public catalogue: search with facets, business pages, photos (a product's page:
 * ProductPageController; the buyer's inquiry: InquiryPageController).
 */
@Controller
class CatalogueController {

  private final ProductSearch search;
  private final Products products;
  private final Regions regions;
  private final CurrentActor current;
  private final OwnerLookup owners;
  private final MessageSource messages;
  private final PublicUrl publicUrl;

  CatalogueController(
      ProductSearch search,
      Products products,
      Regions regions,
      CurrentActor current,
      OwnerLookup owners,
      MessageSource messages,
      PublicUrl publicUrl) {
    this.owners = owners;
    this.messages = messages;
    this.search = search;
    this.products = products;
    this.regions = regions;
    this.current = current;
    this.publicUrl = publicUrl;
  }

  /** One handler for the page and its htmx partial (the results). */
  @GetMapping("/katalog")
  String catalogue(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String priceFrom,
      @RequestParam(required = false) String priceTo,
      @RequestParam(required = false) String badge,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    Category c = null;
    if (category != null && !category.isBlank()) {
      try {
        c = Category.valueOf(category.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ignored) {
        c = null;
      }
    }
    BigDecimal from = priceFrom == null ? null : Amounts.parse(priceFrom).orElse(null);
    BigDecimal to = priceTo == null ? null : Amounts.parse(priceTo).orElse(null);
    String query = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
    CatalogueResult result =
        search.search(
            new CatalogueQuery(query, c, region, from, to, badge, sort), Math.max(page, 0), 24);
    model.addAttribute("result", result);
    model.addAttribute("q", query);
    model.addAttribute("category", c);
    model.addAttribute("region", region);
    model.addAttribute("badge", badge);
    model.addAttribute("priceFrom", priceFrom);
    model.addAttribute("priceTo", priceTo);
    model.addAttribute("sort", sort);
    model.addAttribute("categories", Category.values());
    model.addAttribute("districtNames", districtNames(result));
    model.addAttribute("links", facetLinks(request));
    int pages = (int) Math.ceil(result.total() / 24.0);
    model.addAttribute("pageCount", pages);
    model.addAttribute(
        "previousUrl", page > 0 ? link(request, "page", String.valueOf(page - 1)) : null);
    model.addAttribute(
        "nextUrl", page + 1 < pages ? link(request, "page", String.valueOf(page + 1)) : null);
    return request.getHeader("HX-Request") != null ? "catalogue/list :: results" : "catalogue/list";
  }

  /** A business's page: who it is, its badges, its published products, WhatsApp if agreed. */
  @GetMapping("/katalog/usaha/{id}")
  String business(@PathVariable long id, Model model) {
    var facts =
        owners
            .catalogueFacts(id)
            .filter(f -> BusinessStatus.VERIFIED.name().equals(f.status()))
            .orElseThrow(() -> new NotFoundException("business", id));
    model.addAttribute("business", facts);
    model.addAttribute("badges", Products.badgesOf(facts));
    String district =
        regions.find(facts.villageCode().substring(0, 8)).map(Region::name).orElse("");
    model.addAttribute("district", district);
    model.addAttribute(
        "pageDescription",
        messages.getMessage(
            "phone.description.business",
            new Object[] {facts.name(), district},
            LocaleContextHolder.getLocale()));
    model.addAttribute("products", products.ofBusiness(id));
    model.addAttribute(
        "whatsappLink",
        facts.whatsapp() == null
            ? null
            : PhoneNumbers.whatsAppLink(facts.whatsapp())
                + "?text="
                + java.net.URLEncoder.encode(
                    "Halo " + facts.name() + ", saya melihat usaha Anda di katalog Naik Kelas.",
                    java.nio.charset.StandardCharsets.UTF_8));
    Map<String, String> og = new LinkedHashMap<>();
    og.put("og:title", facts.name());
    og.put("og:type", "profile");
    og.put("og:url", publicUrl.of("/katalog/usaha/" + id));
    model.addAttribute("og", og);
    return "catalogue/business";
  }

  @GetMapping(value = "/katalog/foto/{id}.jpg", produces = MediaType.IMAGE_JPEG_VALUE)
  ResponseEntity<byte[]> photo(@PathVariable String id) {
    boolean small = id.endsWith("-kecil");
    long photoId;
    try {
      photoId = Long.parseLong(small ? id.substring(0, id.length() - 6) : id);
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    byte[] bytes = products.photo(photoId, small, current.get().orElse(null));
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_JPEG)
        .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
        .body(bytes);
  }

  private Map<String, String> districtNames(CatalogueResult result) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : result.facets().district().keySet()) {
      names.put(code, regions.find(code).map(Region::name).orElse(code));
    }
    for (Region r : regions.served()) {
      if (r.level() == RegionLevel.REGENCY) {
        names.putIfAbsent(r.code(), r.name());
      }
    }
    return names;
  }

  /** Links that set one facet and keep every other choice (and start at the first page). */
  private static Map<String, String> facetLinks(HttpServletRequest request) {
    Map<String, String> links = new LinkedHashMap<>();
    for (String name : List.of("category", "region", "badge", "price", "sort")) {
      links.put(name, linkWithout(request, name));
    }
    return links;
  }

  private static String linkWithout(HttpServletRequest request, String name) {
    UriComponentsBuilder b =
        UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    b.replaceQueryParam("page");
    if (name.equals("price")) {
      b.replaceQueryParam("priceFrom").replaceQueryParam("priceTo");
    } else {
      b.replaceQueryParam(name);
    }
    return b.build().toUriString();
  }

  private static String link(HttpServletRequest request, String name, String value) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam(name, value)
        .build()
        .toUriString();
  }
}
