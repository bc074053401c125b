package id.naikkelas.training.matching;

import id.naikkelas.training.matching.MeetingEvents.MeetingDeclined;
import id.naikkelas.training.matching.MeetingEvents.MeetingDropped;
import id.naikkelas.training.matching.MeetingEvents.MeetingOutcomeRecorded;
import id.naikkelas.training.matching.MeetingEvents.MeetingRealised;
import id.naikkelas.training.matching.MeetingEvents.MeetingScheduled;
import java.math.BigDecimal;

/**
 * One business-matching meeting as an aggregate. It is requested, then declined by the invitee or
 * scheduled into a slot at a table; a scheduled meeting gets an outcome, followed up until it is
 * realised or dropped. Each action checks the stage it starts from ({@link #stage()}: the outcome's
 * status once there is one, else the meeting's) and refuses a wrong one before anything changes.
 */
final class MatchingMeeting {

  private final long id;
  private final long eventId;
  private final long inviteeId;
  private MeetingStatus status;
  private MeetingOutcomeStatus outcome;

  MatchingMeeting(
      long id, long eventId, long inviteeId, MeetingStatus status, MeetingOutcomeStatus outcome) {
    this.id = id;
    this.eventId = eventId;
    this.inviteeId = inviteeId;
    this.status = status;
    this.outcome = outcome;
  }

  long id() {
    return id;
  }

  long eventId() {
    return eventId;
  }

  long inviteeId() {
    return inviteeId;
  }

  MeetingStatus status() {
    return status;
  }

  MeetingOutcomeStatus outcome() {
    return outcome;
  }

  /** Where the meeting stands: the outcome's status once recorded, else the meeting's status. */
  Enum<?> stage() {
    return outcome != null ? outcome : status;
  }

  MeetingDeclined decline() {
    if (status != MeetingStatus.REQUESTED) {
      throw new MeetingRefused(stage(), "decline");
    }
    status = MeetingStatus.DECLINED;
    return new MeetingDeclined(id, eventId);
  }

  MeetingScheduled schedule(int slot, int table) {
    if (status != MeetingStatus.REQUESTED) {
      throw new MeetingRefused(stage(), "schedule");
    }
    status = MeetingStatus.CONFIRMED;
    return new MeetingScheduled(id, eventId, slot, table);
  }

  /** Records (or corrects, while it is followed up) what a scheduled meeting agreed. */
  MeetingOutcomeRecorded recordOutcome(MeetingOutcomeKind kind, BigDecimal value, String currency) {
    if (status != MeetingStatus.CONFIRMED
        || (outcome != null && outcome != MeetingOutcomeStatus.FOLLOW_UP)) {
      throw new MeetingRefused(stage(), "outcome");
    }
    outcome = MeetingOutcomeStatus.FOLLOW_UP;
    return new MeetingOutcomeRecorded(id, eventId, kind, value, currency);
  }

  MeetingRealised realise() {
    if (outcome != MeetingOutcomeStatus.FOLLOW_UP) {
      throw new MeetingRefused(stage(), "realise");
    }
    outcome = MeetingOutcomeStatus.REALISED;
    return new MeetingRealised(id, eventId);
  }

  MeetingDropped drop() {
    if (outcome != MeetingOutcomeStatus.FOLLOW_UP) {
      throw new MeetingRefused(stage(), "drop");
    }
    outcome = MeetingOutcomeStatus.DROPPED;
    return new MeetingDropped(id, eventId);
  }
}
