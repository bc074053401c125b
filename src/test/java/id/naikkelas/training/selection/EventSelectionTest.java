package id.naikkelas.training.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The selection aggregate refuses each action out of order, naming the state and the action. */
class EventSelectionTest {

  @Test
  void an_open_selection_is_ranked_then_confirmed() {
    EventSelection s = new EventSelection(7, SelectionState.OPEN);
    assertThat(s.rank(4)).isEqualTo(new SelectionRanked(7, 4));
    assertThat(s.state()).isEqualTo(SelectionState.RANKED);
    s.checkAdjustable();
    assertThat(s.rank(4)).isEqualTo(new SelectionRanked(7, 4)); // ranking again is fine
    assertThat(s.confirm(2, 2)).isEqualTo(new SelectionConfirmed(7, 2, 2));
    assertThat(s.state()).isEqualTo(SelectionState.CONFIRMED);
  }

  @Test
  void an_open_selection_refuses_adjusting() {
    assertRefused(
        () -> new EventSelection(1, SelectionState.OPEN).checkAdjustable(), "OPEN", "adjust");
  }

  @Test
  void an_open_selection_refuses_confirming() {
    assertRefused(
        () -> new EventSelection(1, SelectionState.OPEN).confirm(1, 0), "OPEN", "confirm");
  }

  @Test
  void a_confirmed_selection_refuses_ranking() {
    assertRefused(
        () -> new EventSelection(1, SelectionState.CONFIRMED).rank(3), "CONFIRMED", "rank");
  }

  @Test
  void a_confirmed_selection_refuses_adjusting() {
    assertRefused(
        () -> new EventSelection(1, SelectionState.CONFIRMED).checkAdjustable(),
        "CONFIRMED",
        "adjust");
  }

  @Test
  void a_confirmed_selection_refuses_confirming_again() {
    EventSelection s = new EventSelection(1, SelectionState.CONFIRMED);
    assertRefused(() -> s.confirm(1, 0), "CONFIRMED", "confirm");
    assertThat(s.state()).isEqualTo(SelectionState.CONFIRMED);
  }

  private static void assertRefused(Runnable action, String state, String name) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            SelectionRefused.class,
            e -> {
              assertThat(e.currentState()).isEqualTo(state);
              assertThat(e.action()).isEqualTo(name);
            });
  }
}
