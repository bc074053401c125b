package id.naikkelas.licensing;

/** A request was closed as refused. */
public record LicensingRequestRefused(long requestId, long businessId, String reason) {}
