package id.naikkelas.licensing;

/** A request went back to its owner for a correction (or after a failed inspection). */
public record LicensingRequestReturned(long requestId, long businessId, String reason) {}
