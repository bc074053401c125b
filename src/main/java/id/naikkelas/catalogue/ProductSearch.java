package id.naikkelas.catalogue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public catalogue's search: Indonesian stemming and a forgiven typo, ranked by relevance (name
 * first), with facet counts over every match. Only published products are found.
 */
@Service
public class ProductSearch {

  /** Price bands of the facet, in Rupiah. */
  static final BigDecimal[] BANDS = {
    BigDecimal.ZERO,
    BigDecimal.valueOf(25_000),
    BigDecimal.valueOf(100_000),
    BigDecimal.valueOf(500_000),
    BigDecimal.valueOf(2_000_000)
  };

  private static final AggregationKey<Map<Category, Long>> CATEGORY = AggregationKey.of("category");
  private static final AggregationKey<Map<String, Long>> DISTRICT = AggregationKey.of("district");
  private static final AggregationKey<Map<String, Long>> BADGE = AggregationKey.of("badge");
  private static final AggregationKey<Map<Range<BigDecimal>, Long>> PRICE =
      AggregationKey.of("price");

  @PersistenceContext private EntityManager entityManager;
  private final JdbcClient jdbc;

  ProductSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public CatalogueResult search(CatalogueQuery query, int page, int size) {
    SearchSession session = Search.session(entityManager);
    SearchResult<Product> result =
        session
            .search(Product.class)
            .where(f -> predicate(f, query))
            .sort(
                f ->
                    "price".equals(query.sort())
                        ? f.field("priceMin").asc()
                        : "name".equals(query.sort()) ? f.field("name_sort").asc() : f.score())
            .aggregation(
                CATEGORY, f -> f.terms().field("category", Category.class).maxTermCount(20))
            .aggregation(
                DISTRICT, f -> f.terms().field("districtCode", String.class).maxTermCount(50))
            .aggregation(BADGE, f -> f.terms().field("badges", String.class))
            .aggregation(PRICE, f -> f.range().field("priceMin", BigDecimal.class).ranges(bands()))
            .fetch(page * size, size);
    List<Long> ids = result.hits().stream().map(Product::id).toList();
    Map<Long, Long> firstPhoto = firstPhotos(ids);
    List<CatalogueResult.Item> items = new ArrayList<>();
    for (Product p : result.hits()) {
      items.add(
          new CatalogueResult.Item(
              p.id(),
              p.name(),
              p.businessId(),
              p.businessName(),
              p.priceMin(),
              p.priceMax(),
              p.unit(),
              Arrays.asList(p.badges()),
              p.villageCode().substring(0, 8),
              firstPhoto.get(p.id())));
    }
    Map<String, Long> category = new LinkedHashMap<>();
    result.aggregation(CATEGORY).forEach((k, v) -> category.put(k.name(), v));
    Map<String, Long> price = new LinkedHashMap<>();
    result.aggregation(PRICE).forEach((k, v) -> price.put(band(k), v));
    return new CatalogueResult(
        items,
        result.total().hitCount(),
        page,
        size,
        new CatalogueResult.Facets(
            category, result.aggregation(DISTRICT), result.aggregation(BADGE), price));
  }

  /** The ids only, for a measurement of the index without the page around it. */
  @Transactional(readOnly = true)
  public List<Long> ids(CatalogueQuery query, int size) {
    return Search.session(entityManager)
        .search(Product.class)
        .select(f -> f.id(Long.class))
        .where(f -> predicate(f, query))
        .fetchHits(size);
  }

  static PredicateFinalStep predicate(TypedSearchPredicateFactory<?> f, CatalogueQuery q) {
    var and = f.and();
    and.add(f.match().field("status").matching(ProductStatus.PUBLISHED));
    if (q.q() != null && !q.q().isBlank()) {
      and.add(
          f.match()
              .field("name")
              .boost(3f)
              .field("businessName")
              .boost(1.5f)
              .field("descriptionText")
              .matching(q.q().strip())
              .fuzzy(1, 0));
    }
    if (q.category() != null) {
      and.add(f.match().field("category").matching(q.category()));
    }
    if (q.region() != null && !q.region().isBlank()) {
      String r = q.region().strip();
      and.add(f.match().field(r.length() <= 5 ? "regencyCode" : "districtCode").matching(r));
    }
    if (q.priceFrom() != null || q.priceTo() != null) {
      and.add(f.range().field("priceMin").between(q.priceFrom(), q.priceTo()));
    }
    if (q.badge() != null && !q.badge().isBlank()) {
      and.add(f.match().field("badges").matching(q.badge().strip()));
    }
    return and;
  }

  private Map<Long, Long> firstPhotos(List<Long> productIds) {
    Map<Long, Long> out = new LinkedHashMap<>();
    if (productIds.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "select distinct on (product_id) product_id, id from product_photo"
                + " where product_id = any(?) order by product_id, position")
        .param(productIds.toArray(Long[]::new))
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
        .list()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static List<Range<BigDecimal>> bands() {
    List<Range<BigDecimal>> ranges = new ArrayList<>();
    for (int i = 0; i < BANDS.length; i++) {
      ranges.add(
          i + 1 < BANDS.length ? Range.canonical(BANDS[i], BANDS[i + 1]) : Range.atLeast(BANDS[i]));
    }
    return ranges;
  }

  private static String band(Range<BigDecimal> r) {
    String from = r.lowerBoundValue().map(BigDecimal::toPlainString).orElse("0");
    return r.upperBoundValue().map(u -> from + "-" + u.toPlainString()).orElse(from + "+");
  }
}
