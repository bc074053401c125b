package id.naikkelas.catalogue.inquiry;

/** An inquiry was closed without a deal. */
public record InquiryClosed(long inquiryId, long businessId) {}
