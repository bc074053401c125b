package id.naikkelas.export.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A shipment of the ledger as its readers see it. */
public record ShipmentView(
    long id,
    long businessId,
    String businessName,
    String villageCode,
    LocalDate shippedOn,
    int year,
    Integer month,
    String hsCode,
    String commodity,
    String destinationCountry,
    String buyerName,
    BigDecimal value,
    String currency,
    BigDecimal rateToIdr,
    LocalDate rateDate,
    BigDecimal valueIdr,
    BigDecimal quantity,
    String unit,
    String originCertificate,
    String pebNumber,
    ShipmentSource source,
    ShipmentState state,
    String recordedBy,
    String verifiedBy,
    Instant verifiedAt) {}
