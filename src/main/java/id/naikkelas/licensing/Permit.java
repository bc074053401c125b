package id.naikkelas.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;

/**
 * The permit a request obtained: its number in stored form, issue and expiry dates, and for a
 * trademark the filing date its protection runs from (known from the FILED stage on).
 */
@Embeddable
class Permit {

  @Column(name = "number")
  private String number;

  private LocalDate issuedOn;
  private LocalDate expiresOn;
  private LocalDate filedOn;

  void filed(LocalDate on) {
    this.filedOn = on;
  }

  void issue(LicenceKind kind, String permitNumber, LocalDate on, LocalDate until) {
    this.number = permitNumber;
    this.issuedOn = on;
    this.expiresOn =
        kind == LicenceKind.TRADEMARK ? Protection.of(kind, null, filedOn).validUntil() : until;
  }

  /** The event of this permit's issue. */
  LicenceIssued issued(long requestId, long businessId, LicenceKind kind, List<Long> productIds) {
    return new LicenceIssued(requestId, businessId, kind, productIds, number, issuedOn, expiresOn);
  }

  Protection protection(LicenceKind kind) {
    return Protection.of(kind, expiresOn, filedOn);
  }

  String number() {
    return number;
  }

  LocalDate issuedOn() {
    return issuedOn;
  }

  LocalDate expiresOn() {
    return expiresOn;
  }

  LocalDate filedOn() {
    return filedOn;
  }
}
