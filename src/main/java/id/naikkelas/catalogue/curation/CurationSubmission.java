package id.naikkelas.catalogue.curation;

import id.naikkelas.platform.IllegalTransitionException;

/**
 * A product entered in a curation round. Scoring needs the round open and sets PASSED or FAILED by
 * the {@link CurationPassRule}'s verdict (a scored submission may be scored again while the round
 * is open); an outlet is recorded only for a PASSED one.
 */
final class CurationSubmission {

  private final long id;
  private final long roundId;
  private final long productId;
  private final String villageCode;
  private CurationSubmissionState state;

  CurationSubmission(
      long id, long roundId, long productId, String villageCode, CurationSubmissionState state) {
    this.id = id;
    this.roundId = roundId;
    this.productId = productId;
    this.villageCode = villageCode;
    this.state = state;
  }

  long id() {
    return id;
  }

  long roundId() {
    return roundId;
  }

  long productId() {
    return productId;
  }

  String villageCode() {
    return villageCode;
  }

  CurationSubmissionState state() {
    return state;
  }

  /** SUBMITTED, PASSED or FAILED → PASSED or FAILED, while the round is open. */
  CurationSubmissionScored score(CurationRound round, CurationPassRule.Verdict verdict) {
    round.acceptScore();
    state = verdict.passed() ? CurationSubmissionState.PASSED : CurationSubmissionState.FAILED;
    return new CurationSubmissionScored(id, roundId, productId, verdict.total(), verdict.passed());
  }

  /** Refuses an outlet unless the submission passed. */
  void acceptOutlet() {
    if (state != CurationSubmissionState.PASSED) {
      throw new IllegalTransitionException(state, "outlet");
    }
  }
}
