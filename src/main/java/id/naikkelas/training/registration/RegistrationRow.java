package id.naikkelas.training.registration;

import java.math.BigDecimal;
import java.time.Instant;

/** A registration as officers see it: the NIK masked. */
public record RegistrationRow(
    long id,
    long eventId,
    int arrival,
    RegistrationStatus status,
    Integer rank,
    BigDecimal score,
    BigDecimal adjustment,
    String adjustmentReason,
    String nikMasked,
    String name,
    String phoneMasked,
    String villageCode,
    Long businessId,
    String sizeClass,
    boolean newEntrepreneur,
    int sessionsAttended,
    String certificate,
    Instant createdAt) {}
