package id.naikkelas.training.matching;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the meetings of an event as officers and participants see them, by slot and table. */
@Component
class MeetingViews {

  private final JdbcClient jdbc;

  MeetingViews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<MatchingMeetingView> of(long eventId, Optional<MatchingSetup> s) {
    return jdbc.sql(
            """
            select m.id, m.requester_id, r.organisation as requester, m.invitee_id,
              i.organisation as invitee, m.status, m.slot_no, m.table_no, o.kind, o.value,
              o.currency, o.status as outcome_status
            from matching_meeting m
            join matching_participant r on r.id = m.requester_id
            join matching_participant i on i.id = m.invitee_id
            left join matching_outcome o on o.meeting_id = m.id
            where m.event_id = ? order by m.slot_no nulls last, m.table_no, m.id""")
        .param(eventId)
        .query(
            (rs, n) -> {
              Integer slot = (Integer) rs.getObject("slot_no");
              LocalTime starts =
                  slot == null || s.isEmpty()
                      ? null
                      : s.get().firstSlot().plusMinutes((long) (slot - 1) * s.get().slotMinutes());
              return new MatchingMeetingView(
                  rs.getLong("id"),
                  rs.getLong("requester_id"),
                  rs.getString("requester"),
                  rs.getLong("invitee_id"),
                  rs.getString("invitee"),
                  rs.getString("status"),
                  slot,
                  starts,
                  (Integer) rs.getObject("table_no"),
                  rs.getString("kind"),
                  rs.getBigDecimal("value"),
                  rs.getString("currency"),
                  rs.getString("outcome_status"));
            })
        .list();
  }
}
