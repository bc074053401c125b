package id.naikkelas.training.matching;

import id.naikkelas.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the participants of a business matching: by private token, by event, by side. */
@Component
class MatchingParticipants {

  private static final String COLUMNS =
      "select id, side, kind, name, organisation, country, interests from matching_participant";

  private final JdbcClient jdbc;

  MatchingParticipants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The participant holding the token; 404 for a malformed or unknown one. */
  MatchingParticipant byToken(String token) {
    if (token == null || !token.matches("[A-Z2-9]{10}")) {
      throw new NotFoundException("participant", token);
    }
    return jdbc.sql(COLUMNS + " where token = ?")
        .param(token)
        .query(MatchingParticipants::participant)
        .optional()
        .orElseThrow(() -> new NotFoundException("participant", token));
  }

  long eventOf(long participantId) {
    return jdbc.sql("select event_id from matching_participant where id = ?")
        .param(participantId)
        .query(Long.class)
        .single();
  }

  /** Everyone of an event, UMKM first then buyers, by organisation. */
  List<MatchingParticipant> ofEvent(long eventId) {
    return jdbc.sql(COLUMNS + " where event_id = ? order by side desc, organisation")
        .param(eventId)
        .query(MatchingParticipants::participant)
        .list();
  }

  /** The participants of the other side, by organisation. */
  List<MatchingParticipant> otherSide(long eventId, String side) {
    return jdbc.sql(COLUMNS + " where event_id = ? and side <> ? order by organisation")
        .params(eventId, side)
        .query(MatchingParticipants::participant)
        .list();
  }

  static MatchingParticipant participant(ResultSet rs, int n) throws SQLException {
    return new MatchingParticipant(
        rs.getLong("id"),
        rs.getString("side"),
        rs.getString("kind"),
        rs.getString("name"),
        rs.getString("organisation"),
        rs.getString("country"),
        rs.getString("interests"));
  }
}
