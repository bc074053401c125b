package id.naikkelas.export.market;

import id.naikkelas.platform.IllegalTransitionException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A deal with a buyer abroad from a catalogue inquiry, waiting to be recorded in the export ledger.
 * OPEN until it is USED for a shipment or DISMISSED; either leaves only from OPEN.
 */
@Entity
@Table(name = "export_shipment_draft")
class ShipmentDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long businessId;
  private String villageCode;
  private long inquiryId;
  private String countryCode;
  private String buyerName;
  private Long productId;
  private String commodity;
  private BigDecimal amount;
  private String currency;

  @Enumerated(EnumType.STRING)
  private DraftState state = DraftState.OPEN;

  private Instant createdAt;
  private String closedBy;
  private Instant closedAt;
  private Long shipmentId;

  protected ShipmentDraft() {}

  ShipmentDraft(
      long businessId,
      String villageCode,
      long inquiryId,
      String countryCode,
      String buyerName,
      Long productId,
      String commodity,
      BigDecimal amount,
      String currency,
      Instant now) {
    this.businessId = businessId;
    this.villageCode = villageCode;
    this.inquiryId = inquiryId;
    this.countryCode = countryCode;
    this.buyerName = buyerName;
    this.productId = productId;
    this.commodity = commodity;
    this.amount = amount;
    this.currency = currency;
    this.createdAt = now;
  }

  void dismiss(String by, Instant now) {
    close(DraftState.DISMISSED, "dismiss", by, now);
  }

  void use(String by, Instant now, long shipment) {
    close(DraftState.USED, "use", by, now);
    shipmentId = shipment;
  }

  private void close(DraftState to, String action, String by, Instant now) {
    if (state != DraftState.OPEN) {
      throw new IllegalTransitionException(state, action);
    }
    state = to;
    closedBy = by;
    closedAt = now;
  }

  ShipmentDraftView view(String countryName) {
    return new ShipmentDraftView(
        id,
        businessId,
        inquiryId,
        countryCode,
        countryName,
        buyerName,
        productId,
        commodity,
        amount,
        currency,
        state,
        createdAt,
        shipmentId);
  }

  Map<String, Object> auditSnapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("businessId", businessId);
    values.put("inquiryId", inquiryId);
    values.put("country", countryCode);
    values.put("value", amount.toPlainString() + " " + currency);
    values.put("state", state.name());
    values.put("shipmentId", shipmentId);
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

  String countryCode() {
    return countryCode;
  }
}
