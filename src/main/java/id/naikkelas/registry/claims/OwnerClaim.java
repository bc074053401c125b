package id.naikkelas.registry.claims;

import id.naikkelas.platform.IllegalTransitionException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A new OWNER account's claim to be an owner already in the registry. It moves PENDING → CLAIMED
 * (right code, or an officer who saw the KTP), REJECTED (an officer) or CLOSED (too many wrong
 * codes); each transition checks the current state.
 */
@Entity
@Table(name = "owner_claim")
class OwnerClaim {

  /** What checking a typed code found. */
  enum CodeResult {
    MATCHED,
    WRONG,
    /** Wrong, and the last try: the claim is closed. */
    CLOSED,
    EXPIRED,
    /** No code is valid any more. */
    NO_CODE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long ownerId;
  private Long accountId;
  private String claimantUsername;

  @Enumerated(EnumType.STRING)
  private ClaimStatus status = ClaimStatus.PENDING;

  private boolean codeAllowed;
  private String codeHash;
  private Instant codeExpiresAt;
  private short failedTries;
  private short codesSent;
  private Instant lastCodeAt;
  private String draftCipher;
  private Instant consentAt;
  private Instant openedAt;
  private Instant closedAt;
  private String decidedBy;
  private String decisionNote;
  private Long businessId;
  @Version private long version;

  protected OwnerClaim() {}

  OwnerClaim(
      long ownerId,
      long accountId,
      String claimantUsername,
      boolean codeAllowed,
      String draftCipher,
      Instant consentAt,
      Instant now) {
    this.ownerId = ownerId;
    this.accountId = accountId;
    this.claimantUsername = claimantUsername;
    this.codeAllowed = codeAllowed;
    this.draftCipher = draftCipher;
    this.consentAt = consentAt;
    this.openedAt = now;
  }

  /** Whether a (new) code may be sent now; the reason as a message key when not, else null. */
  String codeRefusal(ClaimSettings settings, Instant now) {
    if (status != ClaimStatus.PENDING) {
      return "registry.claim.code.unavailable";
    }
    if (codesSent >= settings.maxCodes()) {
      return "registry.claim.code.limit";
    }
    if (lastCodeAt != null && lastCodeAt.plus(settings.resendInterval()).isAfter(now)) {
      return "registry.claim.code.wait";
    }
    return null;
  }

  /** A new code replaces the previous one; the tries already spent stay spent. */
  void issueCode(String hash, Instant expiresAt, Instant now) {
    requirePending("resend");
    this.codeHash = hash;
    this.codeExpiresAt = expiresAt;
    this.codesSent++;
    this.lastCodeAt = now;
  }

  CodeResult check(String hash, Instant now, int maxTries) {
    requirePending("code");
    if (codeHash == null) {
      return CodeResult.NO_CODE;
    }
    if (!now.isBefore(codeExpiresAt)) {
      return CodeResult.EXPIRED;
    }
    // a claim that may not be proven by code holds a code no one was sent: it never matches
    if (codeAllowed
        && MessageDigest.isEqual(
            codeHash.getBytes(StandardCharsets.US_ASCII),
            hash.getBytes(StandardCharsets.US_ASCII))) {
      succeed(null, null, now);
      return CodeResult.MATCHED;
    }
    failedTries++;
    if (failedTries >= maxTries) {
      status = ClaimStatus.CLOSED;
      codeHash = null;
      closedAt = now;
      draftCipher = null;
      return CodeResult.CLOSED;
    }
    return CodeResult.WRONG;
  }

  /** An officer who saw the KTP proves the claim. */
  void approve(String by, String note, Instant now) {
    requirePending("approve");
    succeed(by, note, now);
  }

  void reject(String by, String note, Instant now) {
    requirePending("reject");
    status = ClaimStatus.REJECTED;
    codeHash = null;
    decidedBy = by;
    decisionNote = note;
    closedAt = now;
    draftCipher = null;
  }

  private void succeed(String by, String note, Instant now) {
    status = ClaimStatus.CLAIMED;
    codeHash = null;
    decidedBy = by;
    decisionNote = note;
    closedAt = now;
  }

  /** The held business draft, handed over once when the claim succeeds. */
  String takeDraft() {
    String draft = draftCipher;
    draftCipher = null;
    return draft;
  }

  void storedAs(Long businessId) {
    this.businessId = businessId;
  }

  /** A settled claim refuses every action: 409 naming its state and the action. */
  private void requirePending(String action) {
    if (status != ClaimStatus.PENDING) {
      throw new IllegalTransitionException(status, action);
    }
  }

  Map<String, Object> auditSnapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("status", status.name());
    values.put("owner", ownerId);
    values.put("account", accountId);
    values.put("route", codeAllowed ? "CODE_OR_OFFICER" : "OFFICER");
    values.put("failedTries", (int) failedTries);
    values.put("codesSent", (int) codesSent);
    values.put("note", decisionNote);
    return values;
  }

  Long id() {
    return id;
  }

  long ownerId() {
    return ownerId;
  }

  long accountId() {
    return accountId;
  }

  String claimantUsername() {
    return claimantUsername;
  }

  ClaimStatus status() {
    return status;
  }

  boolean codeAllowed() {
    return codeAllowed;
  }

  int failedTries() {
    return failedTries;
  }

  int codesSent() {
    return codesSent;
  }

  String draftCipher() {
    return draftCipher;
  }

  Instant consentAt() {
    return consentAt;
  }

  Instant openedAt() {
    return openedAt;
  }

  Instant closedAt() {
    return closedAt;
  }

  Long businessId() {
    return businessId;
  }
}
