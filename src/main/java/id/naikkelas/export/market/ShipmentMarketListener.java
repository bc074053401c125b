package id.naikkelas.export.market;

import id.naikkelas.export.shipment.ExportShipmentRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A shipment recorded in the ledger moves its exporter's target market for that country and HS
 * heading on, after the shipment is committed. A retry is harmless: a market whose history already
 * holds the shipment's move is left as it is.
 */
@Component
class ShipmentMarketListener {

  private final TargetMarkets markets;

  ShipmentMarketListener(TargetMarkets markets) {
    this.markets = markets;
  }

  @ApplicationModuleListener
  void on(ExportShipmentRecorded shipment) {
    markets.shipped(shipment);
  }
}
