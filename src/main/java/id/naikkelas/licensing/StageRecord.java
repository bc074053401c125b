package id.naikkelas.licensing;

import java.time.LocalDate;

/**
 * One completed stage in a request's history, as the officer recorded it; {@code certificate} is a
 * training certificate's code the food-safety training stage points at.
 */
public record StageRecord(
    Stage stage,
    LocalDate completedOn,
    String note,
    StageResult result,
    String reference,
    String companion,
    String number,
    long completedBy,
    String certificate) {}
