package id.naikkelas.training.matching;

import id.naikkelas.platform.IllegalTransitionException;

/** A meeting action its current stage does not allow (answered 409 naming the stage). */
class MeetingRefused extends IllegalTransitionException {

  MeetingRefused(Enum<?> current, String action) {
    super(current, action);
  }
}
