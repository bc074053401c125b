package id.naikkelas.licensing;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a permit holds and when it may be renewed (DESIGN.md §7): a P-IRT until its expiry, at
 * most five years after issue, renewable from six months before; a trademark ten years from its
 * filing date, renewable from six months before to six months after (with a fine after expiry). A
 * NIB has no end; a halal certificate holds while composition and process are unchanged.
 *
 * @param validUntil the last day it holds, or null when it has no end
 * @param renewableFrom the first day a renewal may be asked, or null
 * @param renewableUntil the last day a renewal may be asked, or null when there is no end
 */
public record Protection(LocalDate validUntil, LocalDate renewableFrom, LocalDate renewableUntil) {

  public static final Period PIRT_AT_MOST = Period.ofYears(5);
  public static final Period TRADEMARK_TERM = Period.ofYears(10);
  public static final Period RENEWAL_LEAD = Period.ofMonths(6);
  public static final Period TRADEMARK_GRACE = Period.ofMonths(6);

  private static final Protection UNLIMITED = new Protection(null, null, null);

  /** The protection of an issued permit of the kind. */
  public static Protection of(LicenceKind kind, LocalDate expiresOn, LocalDate filedOn) {
    return switch (kind) {
      case PIRT -> new Protection(expiresOn, expiresOn.minus(RENEWAL_LEAD), null);
      case TRADEMARK -> {
        LocalDate end = filedOn.plus(TRADEMARK_TERM);
        yield new Protection(end, end.minus(RENEWAL_LEAD), end.plus(TRADEMARK_GRACE));
      }
      case NIB, HALAL -> UNLIMITED;
    };
  }

  public boolean expired(LocalDate today) {
    return validUntil != null && today.isAfter(validUntil);
  }

  /** True when a renewal may be asked on the day. */
  public boolean renewable(LocalDate today) {
    return renewableFrom != null
        && !today.isBefore(renewableFrom)
        && (renewableUntil == null || !today.isAfter(renewableUntil));
  }

  /** A trademark renewed after its expiry pays a fine. */
  public boolean renewalFined(LocalDate today) {
    return renewableUntil != null && expired(today) && renewable(today);
  }
}
