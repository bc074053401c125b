package id.naikkelas.registry.claims;

import id.naikkelas.notification.Notifications;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.registry.ClaimedOwners.ClaimedOwner;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one-time codes of claims: six random digits, kept only as a keyed hash bound to the claim,
 * and sent through the outbox to the phone already on record (never to one the claimant typed).
 */
@Component
class ClaimCodes {

  static final String TOPIC = "registry.claim";
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final PersonalDataCipher cipher;
  private final Notifications notifications;
  private final MessageSource messages;
  private final ClaimSettings settings;
  private final OwnerClaimRepository claims;

  ClaimCodes(
      PersonalDataCipher cipher,
      Notifications notifications,
      MessageSource messages,
      ClaimSettings settings,
      OwnerClaimRepository claims) {
    this.cipher = cipher;
    this.notifications = notifications;
    this.messages = messages;
    this.settings = settings;
    this.claims = claims;
  }

  /** The message key saying why no code may be sent now, or null when one may. */
  String refusal(OwnerClaim claim, Instant now) {
    String refusal = claim.codeRefusal(settings, now);
    if (refusal != null) {
      return refusal;
    }
    if (!claim.codeAllowed()) {
      return null;
    }
    Long sent = claims.codesSentTo(claim.ownerId(), now.minus(Duration.ofDays(1)));
    return sent != null && sent >= settings.codesPerOwnerPerDay()
        ? "registry.claim.code.limit"
        : null;
  }

  /**
   * Issues a new code to the claim and queues it to the owner's phone, in the caller's change. A
   * claim only an officer may prove (no phone on record, or another account holds the owner) gets a
   * code that is sent to no one, so that it answers its claimant exactly as any other claim.
   */
  void send(OwnerClaim claim, ClaimedOwner owner, Instant now) {
    String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
    claim.issueCode(hash(claim, code), now.plus(settings.codeTtl()), now);
    if (!claim.codeAllowed() || owner.accountId() != null || owner.phoneCipher() == null) {
      return;
    }
    Object[] args = {code, settings.codeTtl().toMinutes()};
    notifications.queue(
        settings.channel(),
        cipher.decrypt(owner.phoneCipher()),
        messages.getMessage("registry.claim.message.subject", args, INDONESIAN),
        messages.getMessage("registry.claim.message.body", args, INDONESIAN),
        TOPIC,
        claim.id(),
        owner.villageCode());
  }

  /** The stored form of a typed code; anything but six digits never matches. */
  String hash(OwnerClaim claim, String typed) {
    String code = typed == null ? "" : typed.strip();
    return cipher.hash("owner-claim:" + claim.id() + ":" + code);
  }

  ClaimSettings settings() {
    return settings;
  }
}
