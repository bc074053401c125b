package id.naikkelas.export.monitoring;

/** What holds an exporter back, as the visiting officers group it. */
public enum ObstacleCategory {
  CERTIFICATION,
  LOGISTICS,
  PAYMENT,
  BUYER,
  CAPACITY,
  REGULATION,
  PRICE;

  /** The category of that name, or null when there is none. */
  static ObstacleCategory named(String name) {
    for (ObstacleCategory c : values()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }
}
