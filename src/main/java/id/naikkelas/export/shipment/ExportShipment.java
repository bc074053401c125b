package id.naikkelas.export.shipment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A shipment in the export ledger. It is RECORDED when entered and moves to VERIFIED only through
 * {@link #verify}, which checks the state and registers {@link ExportShipmentVerified}. Its rupiah
 * value is fixed when recorded, from the value and the rate the recorder used.
 */
@Entity
@Table(name = "export_shipment")
class ExportShipment extends AbstractAggregateRoot<ExportShipment> {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long businessId;
  private String businessName;
  private String sizeClass;
  private String villageCode;
  private LocalDate shippedOn;
  private short shipYear;
  private Short shipMonth;
  private String hsCode;
  private String commodity;
  private String destinationCountry;
  private String buyerName;
  private BigDecimal amount;
  private String currency;
  private BigDecimal rateToIdr;
  private LocalDate rateDate;
  private BigDecimal valueIdr;
  private BigDecimal quantity;
  private String unit;
  private String originCertificate;
  private String pebNumber;

  @Enumerated(EnumType.STRING)
  private ShipmentSource source;

  @Enumerated(EnumType.STRING)
  private ShipmentState state = ShipmentState.RECORDED;

  private String recordedBy;
  private String verifiedBy;
  private Instant verifiedAt;
  private Instant createdAt;
  @Version private long version;

  protected ExportShipment() {}

  ExportShipment(
      CheckedShipment s, Exporter exporter, ShipmentSource source, String by, Instant now) {
    this.businessId = s.businessId();
    this.businessName = exporter.name();
    this.sizeClass = exporter.sizeClass();
    this.villageCode = exporter.villageCode();
    this.shippedOn = s.shippedOn();
    this.shipYear = (short) s.year();
    this.shipMonth = s.month() == null ? null : s.month().shortValue();
    this.hsCode = s.hsCode();
    this.commodity = s.commodity();
    this.destinationCountry = s.destinationCountry();
    this.buyerName = s.buyerName();
    this.amount = s.value();
    this.currency = s.currency();
    this.rateToIdr = s.rateToIdr();
    this.rateDate = s.rateDate();
    this.valueIdr = ShipmentValue.inRupiah(s.value(), s.rateToIdr());
    this.quantity = s.quantity();
    this.unit = s.unit();
    this.originCertificate = s.originCertificate();
    this.pebNumber = s.pebNumber();
    this.source = source;
    this.recordedBy = by;
    this.createdAt = now;
  }

  /** The id exists only once the row is written: then the ledger announces the shipment. */
  @PostPersist
  void recorded() {
    registerEvent(new ExportShipmentRecorded(id, businessId, destinationCountry, hsCode, shipYear));
  }

  void verify(String by, Instant now) {
    if (state != ShipmentState.RECORDED) {
      throw new IllegalShipmentTransition(state, "verify");
    }
    state = ShipmentState.VERIFIED;
    verifiedBy = by;
    verifiedAt = now;
    registerEvent(new ExportShipmentVerified(id, businessId, by));
  }

  ShipmentView view() {
    return new ShipmentView(
        id,
        businessId,
        businessName,
        villageCode,
        shippedOn,
        shipYear,
        shipMonth == null ? null : shipMonth.intValue(),
        hsCode,
        commodity,
        destinationCountry,
        buyerName,
        amount,
        currency,
        rateToIdr,
        rateDate,
        valueIdr,
        quantity,
        unit,
        originCertificate,
        pebNumber,
        source,
        state,
        recordedBy,
        verifiedBy,
        verifiedAt);
  }

  Map<String, Object> auditSnapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("businessId", businessId);
    values.put("year", shipYear);
    values.put("month", shipMonth);
    values.put("shippedOn", shippedOn == null ? null : shippedOn.toString());
    values.put("hsCode", hsCode);
    values.put("destinationCountry", destinationCountry);
    values.put("value", amount.toPlainString() + " " + currency);
    values.put("valueIdr", valueIdr.toPlainString());
    values.put("source", source.name());
    values.put("state", state.name());
    return values;
  }

  Long id() {
    return id;
  }

  long businessId() {
    return businessId;
  }

  String villageCode() {
    return villageCode;
  }
}
