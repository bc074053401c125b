package id.naikkelas.training.selection;

/**
 * The selection of one event as an aggregate: each action checks the state it starts from and
 * refuses a wrong one with an {@link id.naikkelas.platform.IllegalTransitionException}, before
 * anything is written. Ranking may be repeated until the selection is confirmed; adjusting and
 * confirming need a ranking.
 */
final class EventSelection {

  private final long eventId;
  private SelectionState state;

  EventSelection(long eventId, SelectionState state) {
    this.eventId = eventId;
    this.state = state;
  }

  long eventId() {
    return eventId;
  }

  SelectionState state() {
    return state;
  }

  SelectionRanked rank(int applicants) {
    if (state == SelectionState.CONFIRMED) {
      throw new SelectionRefused(state, "rank");
    }
    state = SelectionState.RANKED;
    return new SelectionRanked(eventId, applicants);
  }

  /** Checks that an adjustment may be made now; the points themselves are the caller's. */
  void checkAdjustable() {
    if (state != SelectionState.RANKED) {
      throw new SelectionRefused(state, "adjust");
    }
  }

  /** Checks that the ranking may be confirmed now, before the places are written. */
  void checkConfirmable() {
    if (state != SelectionState.RANKED) {
      throw new SelectionRefused(state, "confirm");
    }
  }

  SelectionConfirmed confirm(int confirmed, int waitlisted) {
    checkConfirmable();
    state = SelectionState.CONFIRMED;
    return new SelectionConfirmed(eventId, confirmed, waitlisted);
  }
}
