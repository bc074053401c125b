package id.naikkelas.export.market;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the suggestions read from the export ledger ({@code export_shipment}). */
@Component
class SuggestionQueries {

  private final JdbcClient jdbc;

  SuggestionQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The HS headings the business has shipped. */
  Set<String> headingsShipped(long businessId) {
    return new TreeSet<>(
        jdbc.sql("select distinct substr(hs_code, 1, 4) from export_shipment where business_id = ?")
            .param(businessId)
            .query(String.class)
            .list());
  }

  /** The countries the business has shipped to. */
  Set<String> countriesShipped(long businessId) {
    return new TreeSet<>(
        jdbc.sql("select distinct destination_country from export_shipment where business_id = ?")
            .param(businessId)
            .query(String.class)
            .list());
  }

  /**
   * The other businesses' shipments of the regency since {@code fromYear}, whose HS code starts
   * with one of the codes (all headings, or all chapters), by country, code and business.
   */
  List<SuggestionRanking.Row> others(
      String regency, long businessId, int fromYear, Set<String> codes, int length) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select destination_country, substr(hs_code, 1, :len) as code, business_id,
              sum(value_idr) as value_idr
            from export_shipment
            where village_code like :regency and business_id <> :business
              and ship_year >= :fromYear and substr(hs_code, 1, :len) in (:codes)
            group by 1, 2, 3""")
        .param("len", length)
        .param("regency", regency + ".%")
        .param("business", businessId)
        .param("fromYear", fromYear)
        .param("codes", List.copyOf(codes))
        .query(
            (rs, n) ->
                new SuggestionRanking.Row(
                    rs.getString("destination_country"),
                    rs.getString("code"),
                    rs.getLong("business_id"),
                    rs.getBigDecimal("value_idr")))
        .list();
  }
}
