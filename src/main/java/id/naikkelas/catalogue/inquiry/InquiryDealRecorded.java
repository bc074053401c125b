package id.naikkelas.catalogue.inquiry;

import java.math.BigDecimal;

/** An inquiry ended in a deal of this value and currency. */
public record InquiryDealRecorded(
    long inquiryId, long businessId, BigDecimal dealValue, String dealCurrency) {}
