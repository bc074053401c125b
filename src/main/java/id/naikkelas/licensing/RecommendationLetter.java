package id.naikkelas.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * A recommendation letter as issued: what the public check page shows (no personal data beyond what
 * the letter names: the business, its mark and goods or services).
 */
public record RecommendationLetter(
    String code,
    long requestId,
    String number,
    LocalDate issuedOn,
    String signerName,
    String signerPosition,
    String businessName,
    String villageCode,
    String markName,
    List<Integer> niceClasses,
    String goodsServices,
    LocalDate revokedOn) {

  /** The public face of the letter on the day. */
  PublicLetter publicOn(LocalDate today) {
    PublicLetter.LetterStatus status =
        revokedOn != null
            ? PublicLetter.LetterStatus.REVOKED
            : today.getYear() > issuedOn.getYear()
                ? PublicLetter.LetterStatus.EXPIRED
                : PublicLetter.LetterStatus.VALID;
    return new PublicLetter(
        number,
        status,
        issuedOn,
        signerName,
        signerPosition,
        businessName,
        markName,
        niceClasses,
        goodsServices);
  }
}
