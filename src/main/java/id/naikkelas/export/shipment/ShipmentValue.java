package id.naikkelas.export.shipment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A shipment's value in rupiah: its value times the rate used, to the sen, half up. */
final class ShipmentValue {

  private ShipmentValue() {}

  static BigDecimal inRupiah(BigDecimal value, BigDecimal rateToIdr) {
    return value.multiply(rateToIdr).setScale(2, RoundingMode.HALF_UP);
  }
}
