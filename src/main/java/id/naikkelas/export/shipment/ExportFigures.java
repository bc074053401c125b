package id.naikkelas.export.shipment;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The regency totals as a caller may read them: an officer or administrator sees the figures of
 * their own scope in full (their scope is the default region); anyone else — the public, owners, an
 * officer looking outside their scope — sees them with small cells withheld ({@link SmallCells}).
 * The year defaults to this one and may not lie ahead of it.
 */
@Service
public class ExportFigures {

  /** A district code ({@code 35.24.17}): the finest region the public may ask totals for. */
  static final int DISTRICT_CODE = 8;

  private final ExportTotals totals;
  private final Clock clock;

  ExportFigures(ExportTotals totals, Clock clock) {
    this.totals = totals;
    this.clock = clock;
  }

  public ExportSummary summary(Optional<Actor> caller, TotalsQuery query) {
    int thisYear = LocalDate.now(clock.withZone(ExportShipments.WIB)).getYear();
    int year = query.year() == null ? thisYear : query.year();
    if (year < 2000 || year > thisYear) {
      throw new InvalidInputException("year", "export.shipment.year.range", 2000);
    }
    Optional<Actor> officer =
        caller.filter(a -> a.role() == Role.OFFICER || a.role() == Role.ADMIN);
    String region = blankToNull(query.region());
    if (region == null) {
      region = officer.map(Actor::scope).orElse(null);
    }
    String within = region;
    boolean full = officer.filter(a -> within != null && a.covers(within)).isPresent();
    if (!full && region != null && region.length() > DISTRICT_CODE) {
      // villages would let the public take a district's figures apart
      throw new InvalidInputException("region", "export.totals.region.public");
    }
    TotalsBy by = query.by() == null ? TotalsBy.COMMODITY : query.by();
    ExportSummary summary =
        totals.summary(region, year, by, blankToNull(query.hsCode()), query.verifiedOnly());
    return full ? summary : SmallCells.suppress(summary);
  }

  /** The year a totals page opens on: the latest with shipments, else this one. */
  public int defaultYear() {
    return totals.latestYear().orElse(thisYear());
  }

  /** This year in Indonesia's western time. */
  public int thisYear() {
    return LocalDate.now(clock.withZone(ExportShipments.WIB)).getYear();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** What totals are asked for; nulls take the defaults. */
  public record TotalsQuery(
      Integer year, TotalsBy by, String hsCode, String region, boolean verifiedOnly) {}
}
