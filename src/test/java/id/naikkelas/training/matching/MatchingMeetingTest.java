package id.naikkelas.training.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each meeting action out of order is refused, naming the stage and the action. */
class MatchingMeetingTest {

  private static MatchingMeeting at(MeetingStatus status, MeetingOutcomeStatus outcome) {
    return new MatchingMeeting(1, 2, 3, status, outcome);
  }

  @Test
  void a_request_is_scheduled_gets_an_outcome_and_is_realised() {
    MatchingMeeting m = at(MeetingStatus.REQUESTED, null);
    assertThat(m.schedule(2, 1)).isEqualTo(new MeetingEvents.MeetingScheduled(1, 2, 2, 1));
    m.recordOutcome(MeetingOutcomeKind.MOU, BigDecimal.TEN, "IDR");
    m.recordOutcome(MeetingOutcomeKind.CONTRACT, BigDecimal.TEN, "IDR"); // corrected
    assertThat(m.stage()).isEqualTo(MeetingOutcomeStatus.FOLLOW_UP);
    assertThat(m.realise()).isEqualTo(new MeetingEvents.MeetingRealised(1, 2));
    assertThat(m.stage()).isEqualTo(MeetingOutcomeStatus.REALISED);
  }

  @Test
  void a_request_is_declined_or_dropped_after_its_outcome() {
    MatchingMeeting declined = at(MeetingStatus.REQUESTED, null);
    declined.decline();
    assertThat(declined.status()).isEqualTo(MeetingStatus.DECLINED);
    MatchingMeeting dropped = at(MeetingStatus.CONFIRMED, MeetingOutcomeStatus.FOLLOW_UP);
    dropped.drop();
    assertThat(dropped.outcome()).isEqualTo(MeetingOutcomeStatus.DROPPED);
  }

  @Test
  void a_scheduled_meeting_refuses_declining() {
    refused(() -> at(MeetingStatus.CONFIRMED, null).decline(), "CONFIRMED", "decline");
  }

  @Test
  void a_declined_meeting_refuses_declining_again() {
    refused(() -> at(MeetingStatus.DECLINED, null).decline(), "DECLINED", "decline");
  }

  @Test
  void a_declined_or_scheduled_meeting_refuses_scheduling() {
    refused(() -> at(MeetingStatus.DECLINED, null).schedule(1, 1), "DECLINED", "schedule");
    refused(() -> at(MeetingStatus.CONFIRMED, null).schedule(1, 1), "CONFIRMED", "schedule");
  }

  @Test
  void an_unscheduled_meeting_refuses_an_outcome() {
    refused(
        () -> at(MeetingStatus.REQUESTED, null).recordOutcome(MeetingOutcomeKind.MOU, null, null),
        "REQUESTED",
        "outcome");
  }

  @Test
  void a_closed_outcome_refuses_being_rewritten() {
    refused(
        () ->
            at(MeetingStatus.CONFIRMED, MeetingOutcomeStatus.DROPPED)
                .recordOutcome(MeetingOutcomeKind.MOU, null, null),
        "DROPPED",
        "outcome");
  }

  @Test
  void without_an_outcome_there_is_nothing_to_realise_or_drop() {
    refused(() -> at(MeetingStatus.CONFIRMED, null).realise(), "CONFIRMED", "realise");
    refused(() -> at(MeetingStatus.CONFIRMED, null).drop(), "CONFIRMED", "drop");
  }

  @Test
  void a_realised_outcome_refuses_dropping_and_realising_again() {
    refused(
        () -> at(MeetingStatus.CONFIRMED, MeetingOutcomeStatus.REALISED).drop(),
        "REALISED",
        "drop");
    refused(
        () -> at(MeetingStatus.CONFIRMED, MeetingOutcomeStatus.REALISED).realise(),
        "REALISED",
        "realise");
  }

  @Test
  void a_dropped_outcome_refuses_realising() {
    refused(
        () -> at(MeetingStatus.CONFIRMED, MeetingOutcomeStatus.DROPPED).realise(),
        "DROPPED",
        "realise");
  }

  private static void refused(Runnable action, String state, String name) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            MeetingRefused.class,
            e -> {
              assertThat(e.currentState()).isEqualTo(state);
              assertThat(e.action()).isEqualTo(name);
            });
  }
}
