package id.naikkelas.catalogue;

/** An inquiry was closed without a deal. */
public record InquiryClosed(long inquiryId, long businessId) {}
