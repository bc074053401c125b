package id.naikkelas.catalogue.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.CatalogueQuery;
import id.naikkelas.catalogue.CatalogueResult;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.ProductSearch;
import id.naikkelas.catalogue.ProductView;
import id.naikkelas.catalogue.Products;
import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Products: the public catalogue search, and management for owners and officers. */
@RestController
@Tag(
    name = "Products",
    description = "The catalogue: search (public), products of owners and officers")
class ProductApiController {

  private final Products products;
  private final ProductSearch search;
  private final CurrentActor current;

  ProductApiController(Products products, ProductSearch search, CurrentActor current) {
    this.products = products;
    this.search = search;
    this.current = current;
  }

  @GetMapping("/api/v1/products")
  @SecurityRequirements
  @Operation(
      summary =
          "Search published products (public): Indonesian stemming, one typo forgiven, facets of"
              + " category, district, badge and price")
  CatalogueResult find(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String priceFrom,
      @RequestParam(required = false) String priceTo,
      @RequestParam(required = false) String badge,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (size < 1 || size > 100) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 100);
    }
    return search.search(
        query(q, category, region, priceFrom, priceTo, badge, sort), Math.max(page, 0), size);
  }

  static CatalogueQuery query(
      String q,
      String category,
      String region,
      String priceFrom,
      String priceTo,
      String badge,
      String sort) {
    Category c = null;
    if (category != null && !category.isBlank()) {
      try {
        c = Category.valueOf(category.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("category", "field.choice", category.strip());
      }
    }
    if (q != null && q.length() > 200) {
      throw new InvalidInputException("q", "field.tooLong", 200);
    }
    return new CatalogueQuery(
        q, c, region, price(priceFrom, "priceFrom"), price(priceTo, "priceTo"), badge, sort);
  }

  private static BigDecimal price(String v, String field) {
    if (v == null || v.isBlank()) {
      return null;
    }
    return Amounts.parse(v)
        .orElseThrow(() -> new InvalidInputException(field, "catalogue.price.invalid", v.strip()));
  }

  @GetMapping("/api/v1/products/{id}")
  @Operation(summary = "A product the caller manages (owners: their own; officers: their scope)")
  ProductView get(@PathVariable long id) {
    return products.find(current.require(), id);
  }

  @PostMapping("/api/v1/products")
  @Operation(summary = "Create a product of one of the caller's businesses (starts as DRAFT)")
  ResponseEntity<Map<String, Object>> create(@RequestBody ProductDraft draft) {
    long id = products.create(current.require(), draft);
    return ResponseEntity.created(URI.create("/api/v1/products/" + id)).body(Map.of("id", id));
  }

  @PutMapping("/api/v1/products/{id}")
  @Operation(summary = "Replace a product's fields")
  ProductView update(@PathVariable long id, @RequestBody ProductDraft draft) {
    products.update(current.require(), id, draft);
    return products.find(current.require(), id);
  }

  @PostMapping("/api/v1/products/{id}/publish")
  @Operation(summary = "Publish (the business must be verified)")
  ResponseEntity<Void> publish(@PathVariable long id) {
    products.publish(current.require(), id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/products/{id}/hide")
  @Operation(summary = "Take a product out of the public catalogue")
  ResponseEntity<Void> hide(@PathVariable long id) {
    products.hide(current.require(), id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(
      value = "/api/v1/products/{id}/photos",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Add a photo (JPEG, PNG, GIF, BMP; re-encoded; at most 8 MB and 8 photos)")
  ResponseEntity<Map<String, Object>> photo(
      @PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      long photo = products.addPhoto(current.require(), id, in.readNBytes(9 * 1024 * 1024));
      return ResponseEntity.status(201).body(Map.of("id", photo));
    }
  }
}
