package id.naikkelas.registry;

import static id.naikkelas.registry.Registry.BUSINESS;
import static id.naikkelas.registry.Registry.OWNER;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PersonalDataCipher;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's side of the registry: a business registered by its owner or submitted with a proven
 * claim, and an owner keeping their own businesses up to date. Reached through {@link Registry}.
 */
@Component
@Transactional
class OwnerWrites {

  private final BusinessRepository businesses;
  private final OwnerRepository owners;
  private final OfficerWrites officerWrites;
  private final DraftChecker checker;
  private final PersonalDataCipher cipher;
  private final AuditTrail audit;
  private final id.naikkelas.region.Regions regions;
  private final Clock clock;

  OwnerWrites(
      BusinessRepository businesses,
      OwnerRepository owners,
      OfficerWrites officerWrites,
      DraftChecker checker,
      PersonalDataCipher cipher,
      AuditTrail audit,
      id.naikkelas.region.Regions regions,
      Clock clock) {
    this.businesses = businesses;
    this.owners = owners;
    this.officerWrites = officerWrites;
    this.checker = checker;
    this.cipher = cipher;
    this.audit = audit;
    this.regions = regions;
    this.clock = clock;
  }

  /**
   * A business registered by its owner, linked to the owner's new account: stored as a DRAFT for an
   * officer to verify. The village may be anywhere this deployment serves.
   */
  Registered registerByOwner(long accountId, BusinessDraft draft, Instant consentAt) {
    Actor deployment =
        new Actor(accountId, "self-registration", "", Role.OFFICER, regions.deploymentRoot());
    return store(
        checked(draft, deployment), BusinessSource.SELF_REGISTRATION, accountId, consentAt);
  }

  /**
   * Stores a checked draft as a new DRAFT business; its owner is found by NIK or created, and
   * linked to {@code accountId} when the owner registered themselves.
   */
  private Registered store(
      DraftChecker.Result result, BusinessSource source, Long accountId, Instant consentAt) {
    CheckedDraft d = result.draft();
    Instant now = clock.instant();
    Owner owner = owners.findByNikHash(cipher.hash(d.nik().value())).orElse(null);
    boolean created = owner == null;
    if (created) {
      owner = new Owner(officerWrites.seal(d.nik()), now);
      owner.update(d, officerWrites.seal(d.phoneE164()), now);
    }
    if (accountId != null) {
      if (!created) {
        // the NIK was unknown when self-registration chose this path, and an officer or an import
        // has stored its owner since: the account must claim that record, never be linked to it
        throw new Registry.OwnerAppeared();
      }
      owner.linkAccount(accountId, consentAt);
    }
    if (created || accountId != null) {
      owner = owners.save(owner);
      audit.record(
          created ? AuditAction.CREATE : AuditAction.UPDATE,
          OWNER,
          owner.id(),
          d.ownerVillageCode(),
          null,
          owner.auditSnapshot());
    }
    officerWrites.checkUnique(d, owner.id(), null);
    Business business = new Business(owner.id(), source, null, now);
    business.update(d, now);
    business = businesses.saveAndFlush(business);
    audit.record(
        AuditAction.CREATE,
        BUSINESS,
        business.id(),
        business.villageCode(),
        null,
        business.auditSnapshot());
    return new Registered(business.id(), result.warnings());
  }

  /** The draft checked against the rules and the actor's scope; its problems thrown as 422. */
  private DraftChecker.Result checked(BusinessDraft draft, Actor by) {
    DraftChecker.Result result = checker.check(draft, by);
    if (!result.valid()) {
      throw new InvalidInputException(result.problems());
    }
    return result;
  }

  /**
   * The business a claimant submitted, stored as a DRAFT of the owner they proved to be (see {@link
   * OwnerClaims}); empty when the owner already has it (same name or NIB: merged into the existing
   * record) or it no longer passes the checks. The owner's own fields are left as they are.
   */
  Optional<Long> registerClaimed(Owner owner, BusinessDraft draft) {
    Actor deployment =
        new Actor(
            owner.accountId(), "self-registration", "", Role.OFFICER, regions.deploymentRoot());
    DraftChecker.Result result = checker.check(draft, deployment);
    if (!result.valid()
        || !cipher.hash(result.draft().nik().value()).equals(owner.nikHash())
        || (result.draft().nib() != null && businesses.findByNib(result.draft().nib()).isPresent())
        || businesses.findByOwnerIdAndNameKey(owner.id(), result.draft().nameKey()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(store(result, BusinessSource.SELF_REGISTRATION, null, null).id());
  }

  /**
   * The businesses of the signed-in owner; none for an account whose claim on an owner is not
   * proven yet.
   */
  @Transactional(readOnly = true)
  List<BusinessDetail> ownBusinesses(Actor owner) {
    return ownerOf(owner)
        .map(
            self ->
                businesses.findByOwnerIdOrderByIdAsc(self.id()).stream()
                    .map(b -> b.detail(self))
                    .toList())
        .orElse(List.of());
  }

  /** An owner keeps their own business up to date; another's business does not exist for them. */
  Registered updateByOwner(Actor owner, long id, BusinessDraft draft) {
    Owner self = ownerOf(owner).orElseThrow(() -> new NotFoundException("business", id));
    Business business =
        businesses
            .findById(id)
            .filter(b -> b.ownerId().equals(self.id()))
            .orElseThrow(() -> new NotFoundException("business", id));
    Actor deployment =
        new Actor(owner.id(), owner.username(), "", Role.OFFICER, regions.deploymentRoot());
    return apply(business, self, checked(draft, deployment));
  }

  /** The owner an OWNER account holds: none before a claim on an existing owner is proven. */
  Optional<Owner> ownerOf(Actor owner) {
    if (owner.role() != Role.OWNER) {
      throw new ForbiddenException("problem.forbidden");
    }
    return owners.findByAccountId(owner.id());
  }

  /** Writes a checked draft over a business and its owner; the NIK cannot change. */
  private Registered apply(Business business, Owner owner, DraftChecker.Result result) {
    CheckedDraft d = result.draft();
    if (!cipher.hash(d.nik().value()).equals(cipher.hash(cipher.decrypt(owner.nikCipher())))) {
      throw new InvalidInputException("nik", "registry.nik.changed");
    }
    officerWrites.checkUnique(d, owner.id(), business.id());
    Instant now = clock.instant();
    Map<String, Object> ownerBefore = owner.auditSnapshot();
    Map<String, Object> before = business.auditSnapshot();
    owner.update(d, officerWrites.seal(d.phoneE164()), now);
    business.update(d, now);
    businesses.saveAndFlush(business);
    audit.record(
        AuditAction.UPDATE,
        OWNER,
        owner.id(),
        d.ownerVillageCode(),
        ownerBefore,
        owner.auditSnapshot());
    audit.record(
        AuditAction.UPDATE,
        BUSINESS,
        business.id(),
        business.villageCode(),
        before,
        business.auditSnapshot());
    return new Registered(business.id(), result.warnings());
  }
}
