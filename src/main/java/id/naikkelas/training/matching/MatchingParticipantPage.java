package id.naikkelas.training.matching;

import java.util.List;

/** What a participant sees on their own page. */
public record MatchingParticipantPage(
    MatchingParticipant me,
    long eventId,
    String eventTitle,
    List<MatchingParticipant> others,
    List<MatchingMeetingView> meetings) {}
