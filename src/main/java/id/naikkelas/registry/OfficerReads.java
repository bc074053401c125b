package id.naikkelas.registry;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.registry.export.BusinessExporter;
import id.naikkelas.registry.export.ExportFormat;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What an officer reads of a business of the scope and of its owner. The owner's personal data
 * follows the owner's own address: an owner who lives outside the officer's scope is shown withheld
 * (masked NIK only), the full NIK is not revealed (404, as for an unknown business), and the export
 * masks that owner whatever is asked. Runs inside {@link Registry}'s transaction.
 */
@Component
class OfficerReads {

  private final BusinessRepository businesses;
  private final OwnerRepository owners;
  private final BusinessExporter exporter;
  private final PersonalDataCipher cipher;
  private final AuditTrail audit;

  OfficerReads(
      BusinessRepository businesses,
      OwnerRepository owners,
      BusinessExporter exporter,
      PersonalDataCipher cipher,
      AuditTrail audit) {
    this.businesses = businesses;
    this.owners = owners;
    this.exporter = exporter;
    this.cipher = cipher;
    this.audit = audit;
  }

  BusinessDetail find(Actor by, long id) {
    Business business = inScope(by, id);
    Owner owner = owners.findById(business.ownerId()).orElseThrow();
    BusinessDetail detail = business.detail(owner);
    return by.covers(owner.villageCode()) ? detail : detail.withOwnerWithheld();
  }

  /** The owner's full NIK, when both the business and the owner lie in the scope; audited. */
  String revealNik(Actor by, long id) {
    Business business = inScope(by, id);
    Owner owner = owners.findById(business.ownerId()).orElseThrow();
    if (!by.covers(owner.villageCode())) {
      throw new NotFoundException("business", id);
    }
    audit.record(
        AuditAction.READ_PERSONAL_DATA,
        Registry.OWNER,
        owner.id(),
        business.villageCode(),
        null,
        Map.of("field", "nik", "via", "business " + id));
    return cipher.decrypt(owner.nikCipher());
  }

  /**
   * Writes the filtered list of the caller's scope as XLSX or CSV. Full NIKs and phones only when
   * asked, and only of owners who live in the scope; such an export is recorded in the audit trail
   * with how many rows it holds.
   */
  int export(
      Actor by,
      BusinessQuery query,
      boolean fullPersonalData,
      ExportFormat format,
      OutputStream out) {
    String scope = by.officerScope();
    int count = exporter.write(scope, query, fullPersonalData, format, out);
    if (fullPersonalData) {
      audit.record(
          AuditAction.READ_PERSONAL_DATA,
          "business-export",
          format.name().toLowerCase(Locale.ROOT),
          scope,
          null,
          Map.of("fields", "nik, phone", "rows", count, "filter", String.valueOf(query)));
    }
    return count;
  }

  private Business inScope(Actor by, long id) {
    return businesses
        .findInScope(id, by.officerScope())
        .orElseThrow(() -> new NotFoundException("business", id));
  }
}
