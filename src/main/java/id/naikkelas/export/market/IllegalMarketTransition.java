package id.naikkelas.export.market;

import id.naikkelas.platform.IllegalTransitionException;

/** The target market is not in a state that allows the move: 409 naming its current state. */
class IllegalMarketTransition extends IllegalTransitionException {
  IllegalMarketTransition(MarketState current, String action) {
    super(current, action);
  }
}
