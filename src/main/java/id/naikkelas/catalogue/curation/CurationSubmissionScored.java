package id.naikkelas.catalogue.curation;

import java.math.BigDecimal;

/** A submission was scored; {@code passed} tells the verdict of the round's pass rule. */
public record CurationSubmissionScored(
    long submissionId, long roundId, long productId, BigDecimal totalScore, boolean passed) {}
