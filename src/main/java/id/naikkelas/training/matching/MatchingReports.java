package id.naikkelas.training.matching;

import id.naikkelas.access.Actor;
import id.naikkelas.training.Events;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The figures of a business matching day: participants, meetings, MoUs, contracts, value. */
@Service
public class MatchingReports {

  public record MatchingReport(
      Map<String, Long> participants,
      long requested,
      long confirmed,
      long declined,
      long mous,
      long contracts,
      Map<String, BigDecimal> agreedValue,
      Map<String, BigDecimal> realisedValue) {}

  private final JdbcClient jdbc;
  private final Events events;

  MatchingReports(JdbcClient jdbc, Events events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  public MatchingReport report(Actor by, long eventId) {
    BusinessMatching.matchingEvent(events.findInScope(by, eventId));
    Map<String, Long> participants = new LinkedHashMap<>();
    jdbc.sql(
            "select side, count(*) from matching_participant where event_id = ? group by side order by side desc")
        .param(eventId)
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .forEach(e -> participants.put(e.getKey(), e.getValue()));
    Map<String, Object> counts =
        jdbc.sql(
                """
                select count(*) filter (where m.status = ?) as requested,
                  count(*) filter (where m.status = ?) as confirmed,
                  count(*) filter (where m.status = ?) as declined,
                  count(*) filter (where o.kind = ?) as mous,
                  count(*) filter (where o.kind = ?) as contracts
                from matching_meeting m left join matching_outcome o on o.meeting_id = m.id
                where m.event_id = ?""")
            .params(
                MeetingStatus.REQUESTED.name(),
                MeetingStatus.CONFIRMED.name(),
                MeetingStatus.DECLINED.name(),
                MeetingOutcomeKind.MOU.name(),
                MeetingOutcomeKind.CONTRACT.name(),
                eventId)
            .query()
            .singleRow();
    return new MatchingReport(
        participants,
        ((Number) counts.get("requested")).longValue(),
        ((Number) counts.get("confirmed")).longValue(),
        ((Number) counts.get("declined")).longValue(),
        ((Number) counts.get("mous")).longValue(),
        ((Number) counts.get("contracts")).longValue(),
        sums(eventId, "o.status <> ?", MeetingOutcomeStatus.DROPPED),
        sums(eventId, "o.status = ?", MeetingOutcomeStatus.REALISED));
  }

  private Map<String, BigDecimal> sums(
      long eventId, String condition, MeetingOutcomeStatus status) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    jdbc.sql(
            "select o.currency, sum(o.value) from matching_outcome o join matching_meeting m"
                + " on m.id = o.meeting_id where m.event_id = ? and o.value is not null and "
                + condition
                + " group by o.currency order by o.currency")
        .params(eventId, status.name())
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
        .list()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
