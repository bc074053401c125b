package id.naikkelas.catalogue.inquiry;

import java.math.BigDecimal;
import org.springframework.modulith.NamedInterface;

/**
 * An inquiry ended in a deal of this value and currency, with the buyer's country (ISO 3166-1
 * alpha-2) and organisation and the product asked about, if any. It carries no contact data of the
 * buyer. Other modules (export: a shipment draft for a buyer abroad) see it through the named
 * interface {@code catalogue :: inquiry-events}.
 */
@NamedInterface("inquiry-events")
public record InquiryDealRecorded(
    long inquiryId,
    long businessId,
    BigDecimal dealValue,
    String dealCurrency,
    String buyerCountry,
    String buyerOrganisation,
    Long productId,
    String productName) {

  public InquiryDealRecorded(
      long inquiryId, long businessId, BigDecimal dealValue, String dealCurrency) {
    this(inquiryId, businessId, dealValue, dealCurrency, null, null, null, null);
  }
}
