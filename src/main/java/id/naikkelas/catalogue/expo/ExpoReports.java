package id.naikkelas.catalogue.expo;

import id.naikkelas.catalogue.inquiry.InquiryState;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report of an expo, counted inside one region scope (the manager's): booths and their visits,
 * inquiries, and deals with their value per currency. Who may see it is {@link Expos#report}'s
 * check; only booths and inquiries of businesses inside the scope count.
 */
@Component
class ExpoReports {

  private final JdbcClient jdbc;

  ExpoReports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Expos.ExpoReport report(String scope, long expoId) {
    String like = scope + ".%";
    Map<String, Object> r =
        jdbc.sql(
                """
                select (select count(*) from expo_booth where expo_id = ?
                    and (village_code = ? or village_code like ?)) as booths,
                  (select coalesce(sum(visits), 0) from expo_booth where expo_id = ?
                    and (village_code = ? or village_code like ?)) as visits,
                  (select count(*) from inquiry where expo_id = ?
                    and (village_code = ? or village_code like ?)) as inquiries,
                  (select count(*) from inquiry where expo_id = ? and status = ?
                    and (village_code = ? or village_code like ?)) as deals""")
            .params(
                expoId,
                scope,
                like,
                expoId,
                scope,
                like,
                expoId,
                scope,
                like,
                expoId,
                InquiryState.DEAL.name(),
                scope,
                like)
            .query()
            .singleRow();
    Map<String, BigDecimal> value = new LinkedHashMap<>();
    jdbc.sql(
            "select deal_currency, sum(deal_value) from inquiry where expo_id = ? and status = ?"
                + " and (village_code = ? or village_code like ?) group by deal_currency order by 1")
        .params(expoId, InquiryState.DEAL.name(), scope, like)
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
        .list()
        .forEach(e -> value.put(e.getKey(), e.getValue()));
    return new Expos.ExpoReport(
        ((Number) r.get("booths")).longValue(),
        ((Number) r.get("visits")).longValue(),
        ((Number) r.get("inquiries")).longValue(),
        ((Number) r.get("deals")).longValue(),
        value);
  }
}
