package id.naikkelas.catalogue.inquiry;

/** The owner or an officer answered a buyer's inquiry. */
public record InquiryAnswered(long inquiryId, long businessId) {}
