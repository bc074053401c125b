package id.naikkelas.export.market;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a target market's history: a move with who made it, when and why. */
@Entity
@Table(name = "export_target_market_move")
class MarketStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private MarketState fromState;

  @Enumerated(EnumType.STRING)
  private MarketState toState;

  private String movedBy;
  private Instant movedAt;
  private Long shipmentId;
  private String reason;

  protected MarketStep() {}

  MarketStep(
      MarketState from, MarketState to, String by, Instant at, Long shipmentId, String reason) {
    this.fromState = from;
    this.toState = to;
    this.movedBy = by;
    this.movedAt = at;
    this.shipmentId = shipmentId;
    this.reason = reason;
  }

  boolean byShipment(long shipment) {
    return shipmentId != null && shipmentId == shipment;
  }

  MarketStepView view() {
    return new MarketStepView(fromState, toState, movedBy, movedAt, shipmentId, reason);
  }
}
