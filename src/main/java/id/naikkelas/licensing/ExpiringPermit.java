package id.naikkelas.licensing;

import java.time.LocalDate;

/**
 * An issued permit that ends within the period asked for (or has ended): whether it may be renewed
 * today, and the open renewal request if one was made.
 */
public record ExpiringPermit(
    long requestId,
    LicenceKind kind,
    long businessId,
    String villageCode,
    String number,
    LocalDate expiresOn,
    boolean expired,
    boolean renewable,
    Long renewalRequestId) {}
