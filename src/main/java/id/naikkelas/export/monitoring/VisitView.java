package id.naikkelas.export.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A visit to an exporter with its obstacles and the follow-up actions agreed there. */
public record VisitView(
    long id,
    long businessId,
    String businessName,
    String villageCode,
    LocalDate visitedOn,
    String visitors,
    String findings,
    List<VisitObstacleView> obstacles,
    List<FollowUpView> actions,
    String recordedBy,
    Instant recordedAt) {}
