package id.naikkelas.licensing;

import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.training.certificate.Certificates;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The food-safety training (PKP) stage of a P-IRT may point at a certificate the training module
 * issued: the code must be one its public check accepts (issued, not revoked), and only that stage
 * takes one.
 */
@Component
class TrainingCertificates {

  private final Certificates certificates;

  TrainingCertificates(Certificates certificates) {
    this.certificates = certificates;
  }

  /** The input with the certificate's code checked and in its stored form, or without one. */
  StageInput check(Stage stage, StageInput in) {
    if (in.certificate() == null || in.certificate().isBlank()) {
      return in.withCertificate(null);
    }
    if (stage != Stage.PKP_TRAINING) {
      throw new InvalidInputException("certificate", "licensing.certificate.notForStage");
    }
    String code = in.certificate().strip().toUpperCase(Locale.ROOT);
    try {
      return in.withCertificate(certificates.check(code).code());
    } catch (NotFoundException e) {
      throw new InvalidInputException("certificate", "licensing.certificate.unknown", code);
    }
  }
}
