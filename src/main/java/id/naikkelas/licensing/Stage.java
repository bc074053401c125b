package id.naikkelas.licensing;

import java.util.EnumSet;
import java.util.Set;

/**
 * A stage of a licensing pipeline, with the data it needs to be completed. Which stages a request
 * goes through, and in which order, is its {@link LicenceKind#pipeline()}.
 */
public enum Stage {
  /** The documents of the kind are there and readable. */
  DOCUMENTS_CHECKED(),
  /** NIB: the officer has helped the owner through OSS; the OSS reference is noted. */
  OSS_ASSISTED(StageField.REFERENCE),
  /** P-IRT: the food-safety training (PKP) attended; the certificate number is noted. */
  PKP_TRAINING(StageField.REFERENCE),
  /** P-IRT: the production site inspected; a failed inspection returns the request. */
  SITE_INSPECTION(StageField.RESULT),
  /** P-IRT: submitted in OSS; the OSS reference is noted. */
  OSS_SUBMITTED(StageField.REFERENCE),
  /** Halal: a P3H companion assigned (name). */
  COMPANION_ASSIGNED(StageField.COMPANION),
  /** Halal: the companion has verified on site. */
  SITE_VERIFIED(),
  /** Halal: sent to the Komite Fatwa. */
  FATWA_COMMITTEE(),
  /** Trademark: the mark's name checked in PDKI; FAIL (a similar mark exists) returns it. */
  PDKI_CHECKED(StageField.RESULT),
  /** Trademark: the dinas recommendation letter issued. */
  LETTER_ISSUED(),
  /** Trademark: filed at DJKI; the application number and the filing date (the completion date). */
  FILED(StageField.REFERENCE),
  /** Trademark: formality examination passed. */
  FORMALITY(),
  /** Trademark: published. */
  PUBLICATION(),
  /** Trademark: substantive examination passed. */
  SUBSTANTIVE(),
  /** Trademark: registered; the registration number. Protection runs from the filing date. */
  REGISTERED(StageField.NUMBER, StageField.ISSUED_ON),
  /** NIB, P-IRT, halal: issued, with its number (and, for a P-IRT, the expiry). */
  ISSUED(StageField.NUMBER, StageField.ISSUED_ON);

  private final Set<StageField> needs;

  Stage(StageField... needs) {
    this.needs = needs.length == 0 ? EnumSet.noneOf(StageField.class) : EnumSet.of(needs[0], needs);
  }

  /** The data this stage needs besides its date; a P-IRT's issue also needs its expiry. */
  public Set<StageField> needs(LicenceKind kind) {
    if (this == ISSUED && kind == LicenceKind.PIRT) {
      Set<StageField> pirt = EnumSet.copyOf(needs);
      pirt.add(StageField.EXPIRES_ON);
      return pirt;
    }
    return needs;
  }

  /**
   * True for a check whose failure sends the request back to its owner (a failed inspection; a mark
   * that clashes in PDKI) rather than on: the note says why.
   */
  public boolean returnsOnFail() {
    return this == SITE_INSPECTION || this == PDKI_CHECKED;
  }

  /** True for the stage that ends a pipeline with a permit. */
  public boolean grantsPermit() {
    return this == ISSUED || this == REGISTERED;
  }
}
