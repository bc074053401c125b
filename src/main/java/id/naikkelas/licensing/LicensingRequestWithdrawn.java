package id.naikkelas.licensing;

/** The owner withdrew a request. */
public record LicensingRequestWithdrawn(long requestId, long businessId) {}
