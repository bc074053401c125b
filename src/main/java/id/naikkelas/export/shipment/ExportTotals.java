package id.naikkelas.export.shipment;

import id.naikkelas.export.reference.Countries;
import id.naikkelas.export.reference.HsCodeView;
import id.naikkelas.export.reference.HsCodes;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.region.Region;
import id.naikkelas.region.Regions;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regency export totals: one GROUP BY over the ledger for the year and the year before, by
 * commodity, country, district or size, inside a region. Only aggregates leave here, so the public
 * may read them.
 */
@Service
public class ExportTotals {

  private final JdbcClient jdbc;
  private final HsCodes hsCodes;
  private final Countries countries;
  private final Regions regions;

  ExportTotals(JdbcClient jdbc, HsCodes hsCodes, Countries countries, Regions regions) {
    this.jdbc = jdbc;
    this.hsCodes = hsCodes;
    this.countries = countries;
    this.regions = regions;
  }

  /**
   * @param region a region code the totals stay inside (a regency, a district)
   * @param hsCode a chapter (2 digits) to break down by heading, or null for all chapters
   */
  @Transactional(readOnly = true)
  public ExportSummary summary(String region, int year, TotalsBy by, String hsCode) {
    return summary(region, year, by, hsCode, false);
  }

  /**
   * @param verifiedOnly count verified shipments only (the verified column then equals the whole)
   */
  @Transactional(readOnly = true)
  public ExportSummary summary(
      String region, int year, TotalsBy by, String hsCode, boolean verifiedOnly) {
    String chapter = hsCode == null || hsCode.isBlank() ? null : hsCode.strip();
    if (chapter != null && !chapter.matches("\\d{2}")) {
      throw new InvalidInputException("hsCode", "export.totals.chapter");
    }
    Slice slice = new Slice(region, year, chapter, verifiedOnly);
    List<ExportTotal> rows = totals(key(by, chapter), slice, k -> label(by, k));
    List<ExportTotal> whole = totals("cast(null as varchar)", slice, k -> null);
    ExportTotal total =
        whole.isEmpty()
            ? new ExportTotal(
                null,
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                0,
                0,
                0,
                BigDecimal.ZERO,
                0,
                null,
                false)
            : whole.get(0);
    return new ExportSummary(year, by, chapter, verifiedOnly, rows, total);
  }

  /** The latest year with a shipment in the ledger, if any. */
  @Transactional(readOnly = true)
  public java.util.Optional<Integer> latestYear() {
    return jdbc
        .sql("select max(ship_year) from export_shipment")
        .query(Integer.class)
        .list()
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  private record Slice(String region, int year, String chapter, boolean verifiedOnly) {}

  /** One GROUP BY over this year and the last, by the key expression; the biggest first. */
  private List<ExportTotal> totals(String key, Slice slice, Function<String, String> label) {
    String sql =
        "select "
            + key
            + """
             as k,
              coalesce(sum(value_idr) filter (where ship_year = :year), 0),
              coalesce(sum(value_idr) filter (where ship_year = :year and state = 'VERIFIED'), 0),
              count(*) filter (where ship_year = :year),
              count(distinct business_id) filter (where ship_year = :year),
              coalesce(sum(value_idr) filter (where ship_year = :year - 1), 0),
              count(distinct business_id) filter (where ship_year = :year and state = 'VERIFIED'),
              count(distinct business_id) filter (where ship_year = :year - 1)
            from export_shipment
            where ship_year in (:year, :year - 1)
              and (cast(:region as varchar) is null or village_code = :region
                or village_code like :region || '.%')
              and (cast(:chapter as varchar) is null or hs_code like :chapter || '%')
              and (:verifiedOnly = false or state = 'VERIFIED')
            group by k order by 2 desc, 1""";
    return jdbc.sql(sql)
        .param("year", slice.year())
        .param("region", slice.region())
        .param("chapter", slice.chapter())
        .param("verifiedOnly", slice.verifiedOnly())
        .query(
            (rs, n) -> {
              BigDecimal now = rs.getBigDecimal(2);
              BigDecimal before = rs.getBigDecimal(6);
              return new ExportTotal(
                  rs.getString(1),
                  label.apply(rs.getString(1)),
                  now,
                  rs.getBigDecimal(3),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getLong(7),
                  before,
                  rs.getLong(8),
                  YearChange.percent(now, before),
                  false);
            })
        .list();
  }

  private static String key(TotalsBy by, String chapter) {
    return switch (by) {
      case COMMODITY -> chapter == null ? "substr(hs_code, 1, 2)" : "substr(hs_code, 1, 4)";
      case COUNTRY -> "destination_country";
      case DISTRICT -> "substr(village_code, 1, 8)";
      case SIZE -> "case when size_class = 'LARGE' then 'LARGE' else 'IKM' end";
    };
  }

  private String label(TotalsBy by, String key) {
    boolean indonesian = "id".equals(LocaleContextHolder.getLocale().getLanguage());
    return switch (by) {
      case COMMODITY -> hsCodes.find(key).map(HsCodeView::description).orElse(key);
      case COUNTRY ->
          countries.find(key).map(c -> indonesian ? c.nameId() : c.nameEn()).orElse(key);
      case DISTRICT -> regions.find(key).map(Region::name).orElse(key);
      case SIZE -> key;
    };
  }
}
