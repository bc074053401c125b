package id.naikkelas.licensing;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.region.Region;
import id.naikkelas.region.Regions;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's counts per kind and district, for requests applied for in the year: requested,
 * facilitated (reached the last stage in the dinas's hands, {@link LicenceKind#handedOver()}),
 * issued, refused, and the median days from application to issue.
 */
@Service
public class LicensingReport {

  /** One line: a kind in a district. {@code medianDaysToIssue} is null when none was issued. */
  public record Line(
      LicenceKind kind,
      String districtCode,
      String districtName,
      long requested,
      long facilitated,
      long issued,
      long refused,
      Double medianDaysToIssue) {}

  private final JdbcClient jdbc;
  private final Regions regions;

  LicensingReport(JdbcClient jdbc, Regions regions) {
    this.jdbc = jdbc;
    this.regions = regions;
  }

  @Transactional(readOnly = true)
  public List<Line> of(Actor by, int year) {
    String scope = by.officerScope();
    return jdbc.sql(
            """
            select r.kind, substr(r.village_code, 1, 8) as district, count(*),
              count(*) filter (where exists (select 1 from licensing_stage s
                where s.request_id = r.id and s.stage = case r.kind
                  when ? then ? when ? then ? when ? then ? when ? then ? end)),
              count(*) filter (where r.status = ?),
              count(*) filter (where r.status = ?),
              percentile_cont(0.5) within group (order by r.issued_on - r.applied_on)
                filter (where r.status = ?)
            from licensing_request r
            where extract(year from r.applied_on) = ? and """
                + RegionScope.sql("r.village_code")
                + " group by 1, 2 order by 1, 2")
        .params(params(year, scope))
        .query(
            (rs, n) ->
                new Line(
                    LicenceKind.valueOf(rs.getString(1)),
                    rs.getString(2),
                    regions.find(rs.getString(2)).map(Region::name).orElse(rs.getString(2)),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6),
                    (Double) rs.getObject(7)))
        .list();
  }

  /** The statement's parameters in order: each kind and its hand-over stage, states, filters. */
  private static List<Object> params(int year, String scope) {
    List<Object> p = new ArrayList<>();
    for (LicenceKind k : LicenceKind.values()) {
      p.add(k.name());
      p.add(k.handedOver().name());
    }
    p.addAll(
        List.of(
            RequestStatus.ISSUED.name(),
            RequestStatus.REFUSED.name(),
            RequestStatus.ISSUED.name(),
            year,
            scope,
            scope));
    return p;
  }
}
