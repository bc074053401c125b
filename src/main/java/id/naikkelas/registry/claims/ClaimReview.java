package id.naikkelas.registry.claims;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.ClaimedOwners;
import id.naikkelas.registry.ClaimedOwners.ClaimedOwner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers settle claims on owners of their scope (the owner's own address decides): the claimant
 * shows the KTP at the office, the officer approves or rejects with a note. A claim outside the
 * scope does not exist for them (404).
 */
@Service
@Transactional
public class ClaimReview {

  private static final int MAX_NOTE = ClaimDecision.NOTE_MAX;

  private final OwnerClaimRepository claims;
  private final ClaimedOwners owners;
  private final OwnerClaims ownerClaims;
  private final Clock clock;

  ClaimReview(
      OwnerClaimRepository claims, ClaimedOwners owners, OwnerClaims ownerClaims, Clock clock) {
    this.claims = claims;
    this.owners = owners;
    this.ownerClaims = ownerClaims;
    this.clock = clock;
  }

  /** Pending claims on owners of the officer's scope, oldest first. */
  @Transactional(readOnly = true)
  public List<ClaimView> pending(Actor by) {
    return claims.pendingInScope(by.officerScope()).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public ClaimView find(Actor by, long id) {
    return view(
        claims
            .findInScope(id, by.officerScope())
            .orElseThrow(() -> new NotFoundException("claim", id)));
  }

  /** The officer saw the owner's KTP with the claimant: the account becomes the owner's. */
  public void approve(Actor by, long id, ClaimDecision decision) {
    OwnerClaim claim = inScope(by, id);
    List<FieldProblem> problems = new ArrayList<>();
    String note = note(decision, problems);
    if (decision == null || !Boolean.TRUE.equals(decision.ktpSeen())) {
      problems.add(new FieldProblem("ktpSeen", "registry.claim.ktpSeen.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ClaimedOwner owner = owners.find(claim.ownerId());
    Map<String, Object> before = claim.auditSnapshot();
    claim.approve(by.username(), note, clock.instant());
    ownerClaims.record(claim, owner, before, "APPROVED");
    ownerClaims.link(claim, owner);
  }

  public void reject(Actor by, long id, ClaimDecision decision) {
    OwnerClaim claim = inScope(by, id);
    List<FieldProblem> problems = new ArrayList<>();
    String note = note(decision, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ClaimedOwner owner = owners.find(claim.ownerId());
    Map<String, Object> before = claim.auditSnapshot();
    claim.reject(by.username(), note, clock.instant());
    claims.save(claim);
    ownerClaims.record(claim, owner, before, "REJECTED");
  }

  private static String note(ClaimDecision decision, List<FieldProblem> problems) {
    String note = decision == null || decision.note() == null ? "" : decision.note().strip();
    if (note.isEmpty()) {
      problems.add(new FieldProblem("note", "field.required"));
    } else if (note.length() > MAX_NOTE) {
      problems.add(new FieldProblem("note", "field.tooLong", MAX_NOTE));
    } else if (note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
      problems.add(new FieldProblem("note", "registry.claim.note.invalid"));
    }
    return note;
  }

  private OwnerClaim inScope(Actor by, long id) {
    return claims
        .lockInScope(id, by.officerScope())
        .orElseThrow(() -> new NotFoundException("claim", id));
  }

  private ClaimView view(OwnerClaim claim) {
    ClaimedOwner owner = owners.find(claim.ownerId());
    BusinessDraft draft = ownerClaims.heldDraft(claim);
    return new ClaimView(
        claim.id(),
        claim.status(),
        claim.openedAt(),
        claim.claimantUsername(),
        draft == null ? null : draft.ownerName(),
        draft == null ? null : draft.businessName(),
        owner.id(),
        owner.nikMasked(),
        owner.name(),
        owner.birthDate(),
        owner.villageCode(),
        owner.accountId() != null && owner.accountId() != claim.accountId(),
        claim.codeAllowed() && claim.codesSent() > 0,
        claim.failedTries());
  }
}
