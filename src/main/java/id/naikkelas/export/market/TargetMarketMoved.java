package id.naikkelas.export.market;

/** A target market moved on (by an account, or by "system" when a shipment was recorded). */
public record TargetMarketMoved(
    long targetMarketId,
    long businessId,
    MarketState from,
    MarketState to,
    String by,
    Long shipmentId) {}
