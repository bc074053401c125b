package id.naikkelas.training.matching;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** What a participant sees on their own page. */
@NamedInterface("matching")
public record MatchingParticipantPage(
    MatchingParticipant me,
    long eventId,
    String eventTitle,
    List<MatchingParticipant> others,
    List<MatchingMeetingView> meetings) {}
