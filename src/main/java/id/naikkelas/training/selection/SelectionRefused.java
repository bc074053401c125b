package id.naikkelas.training.selection;

import id.naikkelas.platform.IllegalTransitionException;

/** A selection action its current state does not allow (answered 409 naming the state). */
public class SelectionRefused extends IllegalTransitionException {

  SelectionRefused(SelectionState current, String action) {
    super(current, action);
  }
}
