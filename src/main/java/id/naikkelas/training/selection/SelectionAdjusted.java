package id.naikkelas.training.selection;

import java.math.BigDecimal;

/** An officer moved an applicant by some points, with a reason. */
public record SelectionAdjusted(long eventId, long registrationId, BigDecimal points) {}
