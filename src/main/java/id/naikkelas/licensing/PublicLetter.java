package id.naikkelas.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * What anyone holding a letter's code may check: whether it still holds ({@code VALID} for filing
 * in its year, {@code EXPIRED} after it, {@code REVOKED} once its request was refused or withdrawn)
 * and what the letter itself names. No internal ids, no village.
 */
public record PublicLetter(
    String number,
    LetterStatus status,
    LocalDate issuedOn,
    String signerName,
    String signerPosition,
    String businessName,
    String markName,
    List<Integer> niceClasses,
    String goodsServices) {

  /** Whether a letter still holds. */
  public enum LetterStatus {
    VALID,
    EXPIRED,
    REVOKED
  }
}
