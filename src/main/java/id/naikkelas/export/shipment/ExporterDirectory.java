package id.naikkelas.export.shipment;

import id.naikkelas.access.Actor;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exporters of an officer's scope: every business with a shipment in the ledger, with its
 * latest year, that year's value and its shipments overall; searchable by name, biggest latest
 * value first.
 */
@Service
public class ExporterDirectory {

  private final JdbcClient jdbc;

  ExporterDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One exporter of the ledger. */
  public record ExporterRow(
      long businessId,
      String name,
      String villageCode,
      int latestYear,
      BigDecimal latestYearValueIdr,
      long shipments) {}

  @Transactional(readOnly = true)
  public Page<ExporterRow> list(Actor by, String name, Pageable pageable) {
    String scope = by.officerScope();
    String q = name == null || name.isBlank() ? null : "%" + like(name.strip()) + "%";
    String from =
        """
         from export_shipment s
        where (s.village_code = :scope or s.village_code like :scope || '.%')
          and (cast(:q as varchar) is null or s.business_name ilike :q)
        """;
    long total =
        jdbc.sql("select count(distinct s.business_id)" + from)
            .param("scope", scope)
            .param("q", q)
            .query(Long.class)
            .single();
    List<ExporterRow> rows =
        jdbc.sql(
                """
                with last as (
                  select s.business_id, max(s.ship_year) as y, count(*) as n
                """
                    + from
                    + """
                   group by s.business_id)
                select l.business_id, l.y, l.n,
                       (select s.business_name from export_shipment s
                         where s.business_id = l.business_id and (s.village_code = :scope or s.village_code like :scope || '.%')
                            order by s.id desc limit 1),
                       (select s.village_code from export_shipment s
                         where s.business_id = l.business_id and (s.village_code = :scope or s.village_code like :scope || '.%')
                            order by s.id desc limit 1),
                       (select sum(s.value_idr) from export_shipment s
                         where s.business_id = l.business_id and (s.village_code = :scope or s.village_code like :scope || '.%')
                            and s.ship_year = l.y) as v
                  from last l
                 order by l.y desc, v desc, l.business_id
                 limit :limit offset :offset
                """)
            .param("scope", scope)
            .param("q", q)
            .param("limit", pageable.getPageSize())
            .param("offset", pageable.getOffset())
            .query(
                (rs, n) ->
                    new ExporterRow(
                        rs.getLong(1),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(2),
                        rs.getBigDecimal(6),
                        rs.getLong(3)))
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  private static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
