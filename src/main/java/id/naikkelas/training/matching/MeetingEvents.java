package id.naikkelas.training.matching;

import java.math.BigDecimal;

/** The past-tense events of a business-matching meeting. */
public final class MeetingEvents {

  private MeetingEvents() {}

  public record MeetingRequested(long meetingId, long eventId, long requesterId, long inviteeId) {}

  public record MeetingDeclined(long meetingId, long eventId) {}

  public record MeetingScheduled(long meetingId, long eventId, int slot, int table) {}

  public record MeetingOutcomeRecorded(
      long meetingId, long eventId, MeetingOutcomeKind kind, BigDecimal value, String currency) {}

  public record MeetingRealised(long meetingId, long eventId) {}

  public record MeetingDropped(long meetingId, long eventId) {}
}
