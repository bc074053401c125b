package id.naikkelas.export.monitoring;

import id.naikkelas.platform.IllegalTransitionException;

/** The follow-up action is not in a state that allows the action: 409 naming its current state. */
class IllegalFollowUpTransition extends IllegalTransitionException {
  IllegalFollowUpTransition(FollowUpState current, String action) {
    super(current, action);
  }
}
