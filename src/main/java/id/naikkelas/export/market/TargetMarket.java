package id.naikkelas.export.market;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A market an exporter works towards: a country and an HS heading. It starts as PROSPECT and moves
 * only through its move methods, each of which checks the state (refusing with {@link
 * IllegalMarketTransition}), records who and when in its history and registers {@link
 * TargetMarketMoved}.
 */
@Entity
@Table(name = "export_target_market")
class TargetMarket extends AbstractAggregateRoot<TargetMarket> {

  static final String SYSTEM = "system";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long businessId;
  private String villageCode;
  private String countryCode;
  private String hsHeading;
  private String buyerName;
  private String note;

  @Enumerated(EnumType.STRING)
  private MarketState state = MarketState.PROSPECT;

  private String dropReason;
  private String createdBy;
  private Instant createdAt;
  private String updatedBy;
  private Instant updatedAt;
  @Version private long version;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "target_market_id", nullable = false, updatable = false)
  @OrderBy("id")
  private List<MarketStep> steps = new ArrayList<>();

  protected TargetMarket() {}

  TargetMarket(
      long businessId,
      String villageCode,
      String countryCode,
      String hsHeading,
      String buyerName,
      String note,
      String by,
      Instant now) {
    this.businessId = businessId;
    this.villageCode = villageCode;
    this.countryCode = countryCode;
    this.hsHeading = hsHeading;
    this.buyerName = buyerName;
    this.note = note;
    this.createdBy = by;
    this.createdAt = now;
    this.updatedBy = by;
    this.updatedAt = now;
    steps.add(new MarketStep(null, MarketState.PROSPECT, by, now, null, null));
  }

  /** PROSPECT → SAMPLE_SENT. */
  void sampleSent(String by, Instant now) {
    move(MarketMove.SAMPLE_SENT, by, now, null, null);
  }

  /** PROSPECT or SAMPLE_SENT → NEGOTIATING. */
  void negotiating(String by, Instant now) {
    move(MarketMove.NEGOTIATING, by, now, null, null);
  }

  /** PROSPECT, SAMPLE_SENT or NEGOTIATING → FIRST_SHIPMENT (by hand, or by a shipment). */
  void firstShipment(String by, Instant now, Long shipmentId) {
    move(MarketMove.FIRST_SHIPMENT, by, now, shipmentId, null);
  }

  /** FIRST_SHIPMENT → REPEAT. */
  void repeat(String by, Instant now, Long shipmentId) {
    move(MarketMove.REPEAT, by, now, shipmentId, null);
  }

  /** Any state before REPEAT → DROPPED, with the reason (the service checks it is given). */
  void drop(String by, Instant now, String reason) {
    move(MarketMove.DROP, by, now, null, reason);
    dropReason = reason;
  }

  /**
   * The move a recorded shipment to this market makes: the first shipment, or a repeat after it;
   * false when the market is past both (REPEAT, DROPPED) or this shipment moved it already.
   */
  boolean shipped(Instant now, long shipmentId) {
    if (steps.stream().anyMatch(s -> s.byShipment(shipmentId))) {
      return false; // a second delivery of the same shipment's event
    }
    if (state == MarketState.FIRST_SHIPMENT) {
      repeat(SYSTEM, now, shipmentId);
      return true;
    }
    if (state.moves().contains(MarketMove.FIRST_SHIPMENT)) {
      firstShipment(SYSTEM, now, shipmentId);
      return true;
    }
    return false;
  }

  private void move(MarketMove m, String by, Instant now, Long shipmentId, String reason) {
    if (!state.moves().contains(m)) {
      throw new IllegalMarketTransition(state, m.path());
    }
    MarketState from = state;
    state = m.to();
    updatedBy = by;
    updatedAt = now;
    steps.add(new MarketStep(from, state, by, now, shipmentId, reason));
    registerEvent(
        new TargetMarketMoved(id == null ? 0 : id, businessId, from, state, by, shipmentId));
  }

  Map<String, Object> auditSnapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("businessId", businessId);
    values.put("country", countryCode);
    values.put("hsHeading", hsHeading);
    values.put("buyerName", buyerName);
    values.put("note", note);
    values.put("state", state.name());
    values.put("dropReason", dropReason);
    return values;
  }

  List<MarketStepView> history() {
    return steps.stream().map(MarketStep::view).toList();
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

  String hsHeading() {
    return hsHeading;
  }

  String buyerName() {
    return buyerName;
  }

  String note() {
    return note;
  }

  MarketState state() {
    return state;
  }

  String dropReason() {
    return dropReason;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
