package id.naikkelas.licensing;

import java.time.LocalDate;

/**
 * What an officer records when completing a stage: always the date it was completed on and an
 * optional note; the rest only where the stage needs it ({@link Stage#needs(LicenceKind)}).
 */
public record StageInput(
    LocalDate completedOn,
    String note,
    StageResult result,
    String reference,
    String companion,
    String number,
    LocalDate issuedOn,
    LocalDate expiresOn) {

  /** A stage that needs nothing but its date. */
  public static StageInput on(LocalDate completedOn) {
    return new StageInput(completedOn, null, null, null, null, null, null, null);
  }

  Object value(StageField field) {
    return switch (field) {
      case RESULT -> result;
      case REFERENCE -> reference;
      case COMPANION -> companion;
      case NUMBER -> number;
      case ISSUED_ON -> issuedOn;
      case EXPIRES_ON -> expiresOn;
    };
  }
}
