package id.naikkelas.licensing;

import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.training.certificate.Certificates;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The food-safety training (PKP) stage of a P-IRT may point at a certificate the training module
 * issued: a valid one (issued, not revoked) of a training, not of another business; only that stage
 * takes one.
 */
@Component
class TrainingCertificates {

  private final Certificates certificates;

  TrainingCertificates(Certificates certificates) {
    this.certificates = certificates;
  }

  /**
   * The input with the certificate's code checked and in its stored form, or without one. The
   * certificate must have been earned at a training (not a study trip or an expo) and, where its
   * registration was linked to a business, by this business.
   */
  StageInput check(Stage stage, StageInput in, long businessId) {
    if (in.certificate() == null || in.certificate().isBlank()) {
      return in.withCertificate(null);
    }
    if (stage != Stage.PKP_TRAINING) {
      throw new InvalidInputException("certificate", "licensing.certificate.notForStage");
    }
    String code = in.certificate().strip().toUpperCase(Locale.ROOT);
    Certificates.Holding held =
        certificates
            .holding(code)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "certificate", "licensing.certificate.unknown", code));
    if (!held.training()) {
      throw new InvalidInputException("certificate", "licensing.certificate.notTraining", code);
    }
    if (held.businessId() != null && held.businessId() != businessId) {
      throw new InvalidInputException("certificate", "licensing.certificate.otherBusiness", code);
    }
    return in.withCertificate(held.code());
  }
}
