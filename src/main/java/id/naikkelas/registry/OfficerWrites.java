package id.naikkelas.registry;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.Nik;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.PhoneNumbers;
import id.naikkelas.registry.OwnerFieldChecker.OwnerFields;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An officer registers and changes businesses of the scope; an owner's personal data follows the
 * owner's own address (SECURITY.md, Access). A new owner must live inside the officer's scope. An
 * owner registered elsewhere may be linked to a business of the scope (people run businesses away
 * from home), but none of that owner's fields change: the draft's owner fields (and, on an update,
 * its NIK, which would otherwise be an oracle for the masked digits) are ignored and the answer
 * carries the warning {@code registry.owner.kept}. Runs inside {@link Registry}'s transaction.
 */
@Component
class OfficerWrites {

  private final BusinessRepository businesses;
  private final OwnerRepository owners;
  private final DraftChecker checker;
  private final PersonalDataCipher cipher;
  private final AuditTrail audit;
  private final Clock clock;

  OfficerWrites(
      BusinessRepository businesses,
      OwnerRepository owners,
      DraftChecker checker,
      PersonalDataCipher cipher,
      AuditTrail audit,
      Clock clock) {
    this.businesses = businesses;
    this.owners = owners;
    this.checker = checker;
    this.cipher = cipher;
    this.audit = audit;
    this.clock = clock;
  }

  /** A new DRAFT business; its owner is found by NIK (and kept as is) or created in the scope. */
  Registered register(Actor by, BusinessDraft draft, BusinessSource source) {
    by.officerScope();
    Owner existing = ownerByNik(draft.nik()).orElse(null);
    boolean kept = existing != null && !by.covers(existing.villageCode());
    DraftChecker.Result result = checked(draft, by, kept);
    CheckedDraft d = result.draft();
    Instant now = clock.instant();
    Owner owner = existing;
    if (owner == null) {
      owner = new Owner(seal(d.nik()), now);
      owner.update(d, seal(d.phoneE164()), now);
      owner = owners.save(owner);
      audit.record(
          AuditAction.CREATE,
          Registry.OWNER,
          owner.id(),
          d.ownerVillageCode(),
          null,
          owner.auditSnapshot());
    }
    checkUnique(d, owner.id(), null);
    Business business = new Business(owner.id(), source, null, now);
    business.update(d, now);
    business = businesses.saveAndFlush(business);
    audit.record(
        AuditAction.CREATE,
        Registry.BUSINESS,
        business.id(),
        business.villageCode(),
        null,
        business.auditSnapshot());
    return new Registered(business.id(), result.warnings());
  }

  /**
   * Changes a business of the scope, and its owner's contact details when the owner lives in the
   * scope too (the NIK cannot change); an owner of elsewhere stays untouched.
   */
  Registered update(Actor by, long id, BusinessDraft draft) {
    Business business =
        businesses
            .findInScope(id, by.officerScope())
            .orElseThrow(() -> new NotFoundException("business", id));
    Owner owner = owners.findById(business.ownerId()).orElseThrow();
    boolean kept = !by.covers(owner.villageCode());
    DraftChecker.Result result = checked(draft, by, kept);
    CheckedDraft d = result.draft();
    if (!kept
        && !cipher.hash(d.nik().value()).equals(cipher.hash(cipher.decrypt(owner.nikCipher())))) {
      throw new InvalidInputException("nik", "registry.nik.changed");
    }
    checkUnique(d, owner.id(), business.id());
    Instant now = clock.instant();
    Map<String, Object> before = business.auditSnapshot();
    if (!kept) {
      Map<String, Object> ownerBefore = owner.auditSnapshot();
      owner.update(d, seal(d.phoneE164()), now);
      owners.save(owner);
      audit.record(
          AuditAction.UPDATE,
          Registry.OWNER,
          owner.id(),
          d.ownerVillageCode(),
          ownerBefore,
          owner.auditSnapshot());
    }
    business.update(d, now);
    businesses.saveAndFlush(business);
    audit.record(
        AuditAction.UPDATE,
        Registry.BUSINESS,
        business.id(),
        business.villageCode(),
        before,
        business.auditSnapshot());
    return new Registered(business.id(), result.warnings());
  }

  /** The stored owner of a well-formed NIK, if any. */
  private Optional<Owner> ownerByNik(String text) {
    Nik.Parsed nik = Nik.parse(text, LocalDate.now(clock.withZone(DraftChecker.WIB)));
    return nik.valid() ? owners.findByNikHash(cipher.hash(nik.nik().value())) : Optional.empty();
  }

  private DraftChecker.Result checked(BusinessDraft draft, Actor by, boolean kept) {
    DraftChecker.Result result =
        checker.check(draft, by, kept ? OwnerFields.KEPT : OwnerFields.IN_SCOPE);
    if (!result.valid()) {
      throw new InvalidInputException(result.problems());
    }
    return result;
  }

  /** A NIB and a business name are one owner's once; the self-registration path shares it. */
  void checkUnique(CheckedDraft d, long ownerId, Long self) {
    if (d.nib() != null) {
      businesses
          .findByNib(d.nib())
          .filter(other -> !other.id().equals(self))
          .ifPresent(
              other -> {
                throw new ConflictException(
                    "nib",
                    other.ownerId() == ownerId ? "registry.duplicate.nib" : "registry.nib.taken",
                    d.nib());
              });
    }
    businesses
        .findByOwnerIdAndNameKey(ownerId, d.nameKey())
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "businessName", "registry.duplicate.name", d.businessName());
            });
  }

  SealedIdentity seal(Nik nik) {
    return new SealedIdentity(
        cipher.encrypt(nik.value()),
        cipher.hash(nik.value()),
        nik.masked(),
        nik.sex(),
        nik.birthDate());
  }

  SealedPhone seal(String e164) {
    return e164 == null
        ? null
        : new SealedPhone(cipher.encrypt(e164), cipher.hash(e164), PhoneNumbers.mask(e164));
  }
}
