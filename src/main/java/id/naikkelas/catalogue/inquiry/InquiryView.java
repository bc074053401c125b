package id.naikkelas.catalogue.inquiry;

import java.math.BigDecimal;
import java.time.Instant;

/** An inquiry as the owner, the officers and (by its token) the buyer see it; contact masked. */
public record InquiryView(
    long id,
    Long productId,
    String productName,
    long businessId,
    String buyerName,
    String organisation,
    String country,
    String contactMasked,
    String quantity,
    String message,
    InquiryState status,
    BigDecimal dealValue,
    String dealCurrency,
    Instant createdAt) {}
