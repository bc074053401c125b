package id.naikkelas.registry.claims;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.ClaimedOwners;
import id.naikkelas.registry.ClaimedOwners.ClaimedOwner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims on an owner's record by a new account that registered with that owner's NIK (a NIK is
 * printed on every KTP: it identifies, it does not authenticate). The claimant proves it with the
 * code sent to the owner's phone on record, or an officer approves it ({@link ClaimReview}). Until
 * then the owner's record is untouched, and the business the claimant submitted is held in the
 * claim; on success the account is linked to the owner and that business becomes a DRAFT of the
 * owner (or is dropped as merged when the owner already has it). Every step, failures included, is
 * audited.
 */
@Service
@Transactional
public class OwnerClaims {

  public static final String CLAIM = "owner-claim";
  private static final java.util.regex.Pattern SIX_DIGITS =
      java.util.regex.Pattern.compile("\\d{6}");

  private final OwnerClaimRepository claims;
  private final ClaimedOwners owners;
  private final ClaimCodes codes;
  private final PersonalDataCipher cipher;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;

  OwnerClaims(
      OwnerClaimRepository claims,
      ClaimedOwners owners,
      ClaimCodes codes,
      PersonalDataCipher cipher,
      AuditTrail audit,
      JsonMapper json,
      Clock clock) {
    this.claims = claims;
    this.owners = owners;
    this.codes = codes;
    this.cipher = cipher;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Opens the claim of a new account on a known owner. A code goes to the owner's phone only when
   * the owner has one and no account yet; otherwise only an officer can approve the claim.
   */
  public void open(
      long accountId, String username, ClaimedOwner owner, BusinessDraft draft, Instant consentAt) {
    Instant now = clock.instant();
    boolean codeAllowed = owner.accountId() == null && owner.phoneCipher() != null;
    OwnerClaim claim =
        claims.saveAndFlush(
            new OwnerClaim(
                owner.id(),
                accountId,
                username,
                codeAllowed,
                cipher.encrypt(json.writeValueAsString(draft)),
                consentAt,
                now));
    audit.record(
        AuditAction.CREATE, CLAIM, claim.id(), owner.villageCode(), null, claim.auditSnapshot());
    if (codes.refusal(claim, now) == null) {
      Map<String, Object> before = claim.auditSnapshot();
      codes.send(claim, owner, now);
      record(claim, owner, before, codeAllowed ? "CODE_SENT" : "OFFICER_ONLY");
    }
  }

  /** The signed-in account's claim, if it has one. */
  @Transactional(readOnly = true)
  public Optional<MyClaim> mine(Actor by) {
    if (by.role() != Role.OWNER) {
      return Optional.empty();
    }
    return claims.findByAccountId(by.id()).map(this::view);
  }

  /**
   * The claimant types the code. A wrong or expired code is refused (422 on {@code code}) and still
   * recorded: the try counts, and the last allowed wrong try closes the claim. A claim only an
   * officer can prove answers the same way, so its claimant cannot tell it apart.
   */
  @Transactional(noRollbackFor = InvalidInputException.class)
  public MyClaim enterCode(Actor by, String code) {
    OwnerClaim claim = claimOf(by, true);
    ClaimedOwner owner = owners.find(claim.ownerId());
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("code", "registry.claim.code.required");
    }
    Map<String, Object> before = claim.auditSnapshot();
    if (!SIX_DIGITS.matcher(code.strip()).matches()) {
      // a typo, not a guess: refused and recorded, but it spends no try
      record(claim, owner, before, "CODE_MALFORMED");
      throw new InvalidInputException("code", "registry.claim.code.format");
    }
    if (claim.status() != ClaimStatus.PENDING) {
      record(claim, owner, before, "CODE_REFUSED_" + claim.status());
      throw new IllegalTransitionException(claim.status(), "code");
    }
    // once another account holds the owner, only an officer can move it: no code matches then
    String typed = owner.accountId() != null ? "" : codes.hash(claim, code);
    OwnerClaim.CodeResult result = claim.check(typed, clock.instant(), codes.settings().maxTries());
    record(claim, owner, before, "CODE_" + result.name());
    switch (result) {
      case MATCHED -> link(claim, owner);
      case EXPIRED -> throw new InvalidInputException("code", "registry.claim.code.expired");
      case CLOSED -> throw new InvalidInputException("code", "registry.claim.code.closed");
      default ->
          throw new InvalidInputException(
              "code", "registry.claim.code.wrong", codes.settings().maxTries());
    }
    return view(claim);
  }

  /** A new code to the phone on record, within the limits; refusals say only to try the dinas. */
  @Transactional(noRollbackFor = InvalidInputException.class)
  public void resend(Actor by) {
    OwnerClaim claim = claimOf(by, true);
    ClaimedOwner owner = owners.find(claim.ownerId());
    Instant now = clock.instant();
    String refusal = codes.refusal(claim, now);
    Map<String, Object> before = claim.auditSnapshot();
    if (refusal != null) {
      record(claim, owner, before, "RESEND_REFUSED");
      throw new InvalidInputException(
          "code",
          refusal.equals("registry.claim.code.wait") ? refusal : "registry.claim.code.limit");
    }
    boolean real = claim.codeAllowed() && owner.accountId() == null;
    codes.send(claim, owner, now);
    record(claim, owner, before, real ? "CODE_SENT" : "OFFICER_ONLY");
  }

  /**
   * A proven claim: the account now holds the owner (taking it from an account that held it, which
   * only an officer's approval can do) and the held business is stored as the owner's DRAFT.
   */
  void link(OwnerClaim claim, ClaimedOwner owner) {
    owners.linkClaimedAccount(
        owner.id(), claim.accountId(), claim.consentAt(), CLAIM + " " + claim.id());
    String held = claim.takeDraft();
    if (held != null) {
      BusinessDraft draft = json.readValue(cipher.decrypt(held), BusinessDraft.class);
      owners.registerClaimed(owner.id(), draft).ifPresent(claim::storedAs);
    }
    claims.save(claim);
  }

  /** One audit line for a step of the claim, with what came of it. */
  void record(OwnerClaim claim, ClaimedOwner owner, Map<String, Object> before, String outcome) {
    Map<String, Object> after = new LinkedHashMap<>(claim.auditSnapshot());
    after.put("outcome", outcome);
    audit.record(AuditAction.UPDATE, CLAIM, claim.id(), owner.villageCode(), before, after);
  }

  /**
   * The ids of the account's own claim and, on the owner's record, of every claim anyone made on
   * it: the claims a data subject request reports.
   */
  public List<String> recordIds(long accountId, Optional<Long> ownerId) {
    List<String> claimIds = new ArrayList<>();
    claims.findByAccountId(accountId).ifPresent(c -> claimIds.add(String.valueOf(c.id())));
    ownerId.ifPresent(
        o ->
            claims.findByOwnerId(o).stream()
                .map(c -> String.valueOf(c.id()))
                .filter(id -> !claimIds.contains(id))
                .forEach(claimIds::add));
    return claimIds;
  }

  /** The business name the claimant submitted, while the claim still holds it. */
  String heldBusinessName(OwnerClaim claim) {
    BusinessDraft draft = heldDraft(claim);
    return draft == null ? null : draft.businessName();
  }

  BusinessDraft heldDraft(OwnerClaim claim) {
    return claim.draftCipher() == null
        ? null
        : json.readValue(cipher.decrypt(claim.draftCipher()), BusinessDraft.class);
  }

  private MyClaim view(OwnerClaim claim) {
    return new MyClaim(
        claim.id(), claim.status(), claim.openedAt(), claim.closedAt(), heldBusinessName(claim));
  }

  private OwnerClaim claimOf(Actor by, boolean lock) {
    if (by.role() != Role.OWNER) {
      throw new ForbiddenException("problem.forbidden");
    }
    return (lock ? claims.lockByAccountId(by.id()) : claims.findByAccountId(by.id()))
        .orElseThrow(() -> new NotFoundException("claim", by.id()));
  }
}
