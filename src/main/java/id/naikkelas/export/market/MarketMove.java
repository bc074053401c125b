package id.naikkelas.export.market;

import java.util.Arrays;
import java.util.Optional;

/** A move of a target market, by the path segment the API and the pages use for it. */
public enum MarketMove {
  SAMPLE_SENT("sample-sent", MarketState.SAMPLE_SENT),
  NEGOTIATING("negotiating", MarketState.NEGOTIATING),
  FIRST_SHIPMENT("first-shipment", MarketState.FIRST_SHIPMENT),
  REPEAT("repeat", MarketState.REPEAT),
  DROP("drop", MarketState.DROPPED);

  private final String path;
  private final MarketState to;

  MarketMove(String path, MarketState to) {
    this.path = path;
    this.to = to;
  }

  public String path() {
    return path;
  }

  public MarketState to() {
    return to;
  }

  public static Optional<MarketMove> ofPath(String path) {
    return Arrays.stream(values()).filter(m -> m.path.equals(path)).findFirst();
  }
}
