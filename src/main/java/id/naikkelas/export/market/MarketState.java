package id.naikkelas.export.market;

import java.util.List;

/**
 * Where an exporter stands with a market: PROSPECT → SAMPLE_SENT → NEGOTIATING → FIRST_SHIPMENT →
 * REPEAT; DROPPED from any state before REPEAT. REPEAT and DROPPED are final.
 */
public enum MarketState {
  PROSPECT,
  SAMPLE_SENT,
  NEGOTIATING,
  FIRST_SHIPMENT,
  REPEAT,
  DROPPED;

  public boolean isFinal() {
    return this == REPEAT || this == DROPPED;
  }

  /** The moves this state allows, as the API names them. */
  public List<MarketMove> moves() {
    return switch (this) {
      case PROSPECT ->
          List.of(
              MarketMove.SAMPLE_SENT,
              MarketMove.NEGOTIATING,
              MarketMove.FIRST_SHIPMENT,
              MarketMove.DROP);
      case SAMPLE_SENT ->
          List.of(MarketMove.NEGOTIATING, MarketMove.FIRST_SHIPMENT, MarketMove.DROP);
      case NEGOTIATING -> List.of(MarketMove.FIRST_SHIPMENT, MarketMove.DROP);
      case FIRST_SHIPMENT -> List.of(MarketMove.REPEAT, MarketMove.DROP);
      case REPEAT, DROPPED -> List.of();
    };
  }
}
