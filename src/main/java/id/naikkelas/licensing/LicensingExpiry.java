package id.naikkelas.licensing;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officers' list of permits of the scope that expire within a period, or have expired. */
@Service
public class LicensingExpiry {

  /** The renewals that count: open or issued (a refused or withdrawn one does not). */
  static final List<Object> RENEWING =
      List.of(
          RequestStatus.IN_PROGRESS.name(),
          RequestStatus.RETURNED.name(),
          RequestStatus.ISSUED.name());

  private final JdbcClient jdbc;
  private final Clock clock;

  LicensingExpiry(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ExpiringPermit> expiring(Actor by, Period within) {
    String scope = by.officerScope();
    LocalDate today = LocalDate.now(clock.withZone(LicensingRequests.WIB));
    return jdbc.sql(
            """
            select r.id, r.kind, r.business_id, r.village_code, r.number, r.expires_on, r.filed_on,
              (select n.id from licensing_request n where n.renewal_of = r.id
                 and n.status in (?, ?, ?) order by n.id desc limit 1) as renewal
            from licensing_request r
            where r.status = ? and r.expires_on is not null and r.expires_on <= ? and """
                + RegionScope.sql("r.village_code")
                + " order by r.expires_on, r.id")
        .params(RENEWING)
        .param(RequestStatus.ISSUED.name())
        .param(today.plus(within))
        .param(scope)
        .param(scope)
        .query(
            (rs, n) -> {
              LicenceKind kind = LicenceKind.valueOf(rs.getString(2));
              LocalDate expires = rs.getObject(6, LocalDate.class);
              Protection p = Protection.of(kind, expires, rs.getObject(7, LocalDate.class));
              return new ExpiringPermit(
                  rs.getLong(1),
                  kind,
                  rs.getLong(3),
                  rs.getString(4),
                  rs.getString(5),
                  expires,
                  p.expired(today),
                  p.renewable(today),
                  (Long) rs.getObject(8));
            })
        .list();
  }
}
