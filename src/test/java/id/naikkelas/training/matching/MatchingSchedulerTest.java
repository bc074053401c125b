package id.naikkelas.training.matching;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.training.matching.MatchingScheduler.Booked;
import id.naikkelas.training.matching.MatchingScheduler.Open;
import id.naikkelas.training.matching.MatchingScheduler.Placement;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingSchedulerTest {

  @Test
  void one_table_puts_each_meeting_in_its_own_slot_oldest_first() {
    List<Placement> placed =
        new MatchingScheduler(4, 1)
            .place(List.of(), List.of(new Open(10, 1, 2), new Open(11, 3, 2), new Open(12, 4, 1)));
    assertThat(placed)
        .containsExactly(new Placement(10, 1, 1), new Placement(11, 2, 1), new Placement(12, 3, 1));
  }

  @Test
  void nobody_is_in_two_meetings_at_once_and_free_tables_are_shared() {
    List<Placement> placed =
        new MatchingScheduler(2, 3)
            .place(
                List.of(new Booked(1, 1, 1, 2)),
                List.of(new Open(20, 1, 5), new Open(21, 6, 7), new Open(22, 2, 8)));
    // 1 is busy in slot 1, so 20 goes to slot 2; 21 takes the next free table of slot 1
    assertThat(placed)
        .containsExactly(new Placement(20, 2, 1), new Placement(21, 1, 2), new Placement(22, 2, 2));
  }

  @Test
  void a_request_that_fits_nowhere_is_left_out() {
    List<Placement> placed =
        new MatchingScheduler(1, 1)
            .place(List.of(new Booked(1, 1, 1, 2)), List.of(new Open(30, 3, 4)));
    assertThat(placed).isEmpty();
  }
}
