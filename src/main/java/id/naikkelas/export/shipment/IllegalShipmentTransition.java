package id.naikkelas.export.shipment;

import id.naikkelas.platform.IllegalTransitionException;

/** The shipment is not in a state that allows the action: 409 naming its current state. */
class IllegalShipmentTransition extends IllegalTransitionException {
  IllegalShipmentTransition(ShipmentState current, String action) {
    super(current, action);
  }
}
