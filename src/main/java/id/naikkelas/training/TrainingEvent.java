package id.naikkelas.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An event as stored, with its counters. */
public record TrainingEvent(
    long id,
    String programme,
    String title,
    EventType type,
    EventMode mode,
    String description,
    LocalDate startsOn,
    LocalDate endsOn,
    int sessions,
    int minSessions,
    String place,
    String onlineLink,
    String organiser,
    String partners,
    int quota,
    Instant registrationOpens,
    Instant registrationCloses,
    String regionScope,
    String eligibleRegion,
    List<String> eligibleSizes,
    List<String> eligibleKbli,
    Audience audience,
    List<Question> questions,
    Map<String, BigDecimal> criteria,
    int registeredCount,
    int confirmedCount,
    String selectionState) {

  public boolean openAt(Instant now) {
    return !now.isBefore(registrationOpens) && now.isBefore(registrationCloses);
  }

  public boolean closedAt(Instant now) {
    return !now.isBefore(registrationCloses);
  }
}
