package id.naikkelas.registry;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.export.ExportFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satu Data UMKM: officers (and administrators) register, edit, verify and deactivate businesses
 * inside their region scope. A record outside the scope does not exist for them (404). Every change
 * and every read of a full NIK is audited.
 */
@Service
@Transactional
public class Registry {

  static final String BUSINESS = "business";
  static final String OWNER = "owner";

  private final BusinessRepository businesses;
  private final BusinessSearch search;
  private final OfficerWrites officerWrites;
  private final OfficerReads officerReads;
  private final OwnerWrites ownerWrites;
  private final AuditTrail audit;
  private final Clock clock;

  Registry(
      BusinessRepository businesses,
      BusinessSearch search,
      OfficerWrites officerWrites,
      OfficerReads officerReads,
      OwnerWrites ownerWrites,
      AuditTrail audit,
      Clock clock) {
    this.businesses = businesses;
    this.search = search;
    this.officerWrites = officerWrites;
    this.officerReads = officerReads;
    this.ownerWrites = ownerWrites;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Stores a new business as a DRAFT; its owner is found by NIK (an owner of another scope is
   * linked but kept as is, with a warning) or created, inside the officer's scope.
   */
  public Registered register(Actor by, BusinessDraft draft, BusinessSource source) {
    return officerWrites.register(by, draft, source);
  }

  /**
   * A business registered by its owner, linked to the owner's new account: stored as a DRAFT for an
   * officer to verify. The village may be anywhere this deployment serves.
   */
  public Registered registerByOwner(long accountId, BusinessDraft draft, Instant consentAt) {
    return ownerWrites.registerByOwner(accountId, draft, consentAt);
  }

  /** Whether a business of any scope already holds this NIB. */
  public boolean nibTaken(String nib) {
    return businesses.findByNib(nib).isPresent();
  }

  /**
   * The business a claimant submitted, stored as a DRAFT of the owner they proved to be (see {@link
   * OwnerClaims}); empty when the owner already has it or it no longer passes the checks.
   */
  Optional<Long> registerClaimed(Owner owner, BusinessDraft draft) {
    return ownerWrites.registerClaimed(owner, draft);
  }

  /**
   * The businesses of the signed-in owner; none for an account whose claim on an owner is not
   * proven yet.
   */
  @Transactional(readOnly = true)
  public List<BusinessDetail> ownBusinesses(Actor owner) {
    return ownerWrites.ownBusinesses(owner);
  }

  /** An owner keeps their own business up to date; another's business does not exist for them. */
  public Registered updateByOwner(Actor owner, long id, BusinessDraft draft) {
    return ownerWrites.updateByOwner(owner, id, draft);
  }

  /** The owner an OWNER account holds: none before a claim on an existing owner is proven. */
  Optional<Owner> ownerOf(Actor owner) {
    return ownerWrites.ownerOf(owner);
  }

  /** Changes a business, and its owner's contact details when the owner lives in the scope. */
  public Registered update(Actor by, long id, BusinessDraft draft) {
    return officerWrites.update(by, id, draft);
  }

  public void verify(Actor by, long id) {
    Business business = inScope(by, id);
    Map<String, Object> before = business.auditSnapshot();
    business.verify(by.username(), clock.instant());
    businesses.save(business);
    audit.record(
        AuditAction.UPDATE, BUSINESS, id, business.villageCode(), before, business.auditSnapshot());
  }

  public void deactivate(Actor by, long id) {
    Business business = inScope(by, id);
    Map<String, Object> before = business.auditSnapshot();
    business.deactivate(by.username(), clock.instant());
    businesses.save(business);
    audit.record(
        AuditAction.UPDATE, BUSINESS, id, business.villageCode(), before, business.auditSnapshot());
  }

  /** A business of the scope; its owner withheld (masked NIK only) when living elsewhere. */
  @Transactional(readOnly = true)
  public BusinessDetail find(Actor by, long id) {
    return officerReads.find(by, id);
  }

  /** The owner's full NIK, for an officer of the owner's scope; the read is audited. */
  public String revealNik(Actor by, long id) {
    return officerReads.revealNik(by, id);
  }

  /**
   * Writes the filtered list of the caller's scope as XLSX or CSV. Full NIKs and phones only when
   * asked and only of owners of the scope; then the export is recorded in the audit trail.
   */
  public int export(
      Actor by,
      BusinessQuery query,
      boolean fullPersonalData,
      ExportFormat format,
      java.io.OutputStream out) {
    return officerReads.export(by, query, fullPersonalData, format, out);
  }

  @Transactional(readOnly = true)
  public Page<BusinessRow> search(Actor by, BusinessQuery query, Pageable pageable) {
    return search.find(by.officerScope(), query, pageable);
  }

  private Business inScope(Actor by, long id) {
    return businesses
        .findInScope(id, by.officerScope())
        .orElseThrow(() -> new NotFoundException("business", id));
  }

  /**
   * The owner of a self-registered NIK appeared between the check and the write: nothing is kept,
   * and registering again opens a claim.
   */
  static final class OwnerAppeared extends id.naikkelas.platform.ConflictException {
    OwnerAppeared() {
      super("nik", "selfRegistration.retry");
    }
  }
}
