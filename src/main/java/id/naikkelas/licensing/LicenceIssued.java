package id.naikkelas.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * A permit was issued (or a trademark registered): the registry records its number and dates on the
 * business and its products. {@code expiresOn} is null for a permit without an end.
 */
public record LicenceIssued(
    long requestId,
    long businessId,
    LicenceKind kind,
    List<Long> productIds,
    String number,
    LocalDate issuedOn,
    LocalDate expiresOn) {}
