package id.naikkelas.licensing;

import java.util.List;

/** The permits the dinas facilitates, each with its pipeline of stages in order. */
public enum LicenceKind {
  NIB(Stage.DOCUMENTS_CHECKED, Stage.OSS_ASSISTED, Stage.ISSUED),
  PIRT(
      Stage.DOCUMENTS_CHECKED,
      Stage.PKP_TRAINING,
      Stage.SITE_INSPECTION,
      Stage.OSS_SUBMITTED,
      Stage.ISSUED),
  HALAL(
      Stage.DOCUMENTS_CHECKED,
      Stage.COMPANION_ASSIGNED,
      Stage.SITE_VERIFIED,
      Stage.FATWA_COMMITTEE,
      Stage.ISSUED),
  TRADEMARK(
      Stage.DOCUMENTS_CHECKED,
      Stage.PDKI_CHECKED,
      Stage.LETTER_ISSUED,
      Stage.FILED,
      Stage.FORMALITY,
      Stage.PUBLICATION,
      Stage.SUBSTANTIVE,
      Stage.REGISTERED);

  private final List<Stage> pipeline;

  LicenceKind(Stage... pipeline) {
    this.pipeline = List.of(pipeline);
  }

  public List<Stage> pipeline() {
    return pipeline;
  }

  /** The stage after {@code done} stages, or null once the pipeline is through. */
  public Stage stageAt(int done) {
    return done < pipeline.size() ? pipeline.get(done) : null;
  }

  /**
   * The last stage in the dinas's hands, after which the national system decides: reaching it
   * counts the request as facilitated.
   */
  public Stage handedOver() {
    return switch (this) {
      case NIB -> Stage.OSS_ASSISTED;
      case PIRT -> Stage.OSS_SUBMITTED;
      case HALAL -> Stage.FATWA_COMMITTEE;
      case TRADEMARK -> Stage.FILED;
    };
  }

  /** P-IRT and halal cover products of the business; a trademark covers a mark. */
  public boolean coversProducts() {
    return this == PIRT || this == HALAL;
  }
}
