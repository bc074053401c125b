package id.naikkelas.training.matching;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads a {@link MatchingMeeting} (locked for the transaction) and writes back its stage. */
@Component
class MeetingStore {

  private final JdbcClient jdbc;

  MeetingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<MatchingMeeting> lock(long meetingId) {
    return jdbc.sql(
            """
            select m.id, m.event_id, m.invitee_id, m.status, o.status as outcome
            from matching_meeting m left join matching_outcome o on o.meeting_id = m.id
            where m.id = ? for update of m""")
        .param(meetingId)
        .query(
            (rs, n) ->
                new MatchingMeeting(
                    rs.getLong("id"),
                    rs.getLong("event_id"),
                    rs.getLong("invitee_id"),
                    MeetingStatus.valueOf(rs.getString("status")),
                    rs.getString("outcome") == null
                        ? null
                        : MeetingOutcomeStatus.valueOf(rs.getString("outcome"))))
        .optional();
  }

  /** Writes the meeting's status (a declined meeting). */
  void save(MatchingMeeting m) {
    jdbc.sql("update matching_meeting set status = ? where id = ?")
        .params(m.status().name(), m.id())
        .update();
  }

  /** Writes a scheduled meeting's status with its slot and table (the schema ties them). */
  void saveScheduled(MatchingMeeting m, int slot, int table) {
    jdbc.sql("update matching_meeting set status = ?, slot_no = ?, table_no = ? where id = ?")
        .params(m.status().name(), slot, table, m.id())
        .update();
  }

  void saveOutcome(
      MatchingMeeting m,
      MeetingOutcomeKind kind,
      java.math.BigDecimal value,
      String currency,
      String note,
      Instant at,
      String by) {
    jdbc.sql(
            """
            insert into matching_outcome (meeting_id, kind, value, currency, status, note,
              updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (meeting_id) do update set kind = excluded.kind, value = excluded.value,
              currency = excluded.currency, status = excluded.status, note = excluded.note,
              updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
        .params(
            m.id(), kind.name(), value, currency, m.outcome().name(), note, Timestamp.from(at), by)
        .update();
  }

  void saveOutcomeStatus(MatchingMeeting m, Instant at, String by) {
    jdbc.sql(
            "update matching_outcome set status = ?, updated_at = ?, updated_by = ?"
                + " where meeting_id = ?")
        .params(m.outcome().name(), Timestamp.from(at), by, m.id())
        .update();
  }
}
