package id.naikkelas.licensing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What an officer records when completing a stage: always the date it was completed on and an
 * optional note; the rest only where the stage needs it ({@link Stage#needs(LicenceKind)}).
 */
public record StageInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate completedOn,
    @Size(max = 1000) String note,
    @Schema(description = "the site inspection's or the PDKI check's outcome") StageResult result,
    @Schema(description = "an OSS reference, a PKP certificate or a trademark application number")
        @Size(max = 60)
        String reference,
    @Schema(description = "the P3H companion's name") @Size(max = 120) String companion,
    @Schema(description = "the permit's number: NIB, P-IRT, halal or trademark registration")
        @Size(max = 40)
        String number,
    LocalDate issuedOn,
    LocalDate expiresOn,
    @Schema(
            description =
                "P-IRT's food-safety training: the code of a certificate of the training module,"
                    + " checked, instead of (or beside) a typed reference")
        @Size(max = 16)
        String certificate) {

  /** A stage's input without a training certificate. */
  public StageInput(
      LocalDate completedOn,
      String note,
      StageResult result,
      String reference,
      String companion,
      String number,
      LocalDate issuedOn,
      LocalDate expiresOn) {
    this(completedOn, note, result, reference, companion, number, issuedOn, expiresOn, null);
  }

  /** The same input with the certificate's code in its checked form. */
  StageInput withCertificate(String code) {
    return new StageInput(
        completedOn, note, result, reference, companion, number, issuedOn, expiresOn, code);
  }

  /** A stage that needs nothing but its date. */
  public static StageInput on(LocalDate completedOn) {
    return new StageInput(completedOn, null, null, null, null, null, null, null);
  }

  Object value(StageField field) {
    return switch (field) {
      case RESULT -> result;
      case REFERENCE -> reference == null || reference.isBlank() ? certificate : reference;
      case COMPANION -> companion;
      case NUMBER -> number;
      case ISSUED_ON -> issuedOn;
      case EXPIRES_ON -> expiresOn;
    };
  }
}
