package id.naikkelas.export.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A shipment form that passed every check, its values normalised (digits, upper case). */
record CheckedShipment(
    long businessId,
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
    BigDecimal quantity,
    String unit,
    String originCertificate,
    String pebNumber) {}
