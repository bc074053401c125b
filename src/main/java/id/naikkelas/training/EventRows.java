package id.naikkelas.training;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An event row as {@link Events} reads it: its columns and the record they make. */
final class EventRows implements RowMapper<TrainingEvent> {

  static final String COLUMNS =
      """
      e.id, p.name as programme, e.title, e.type, e.mode, e.description, e.starts_on, e.ends_on,
      e.sessions, e.min_sessions, e.place, e.online_link, e.organiser, e.partners, e.quota,
      e.registration_opens, e.registration_closes, e.region_scope, e.eligible_region,
      e.eligible_sizes, e.eligible_kbli, e.audience, e.questions::text as questions, e.criteria::text as criteria,
      e.registered_count, e.confirmed_count, e.selection_state""";

  private final JsonMapper json;

  EventRows(JsonMapper json) {
    this.json = json;
  }

  @Override
  public TrainingEvent mapRow(ResultSet rs, int n) throws SQLException {
    return new TrainingEvent(
        rs.getLong("id"),
        rs.getString("programme"),
        rs.getString("title"),
        EventType.valueOf(rs.getString("type")),
        EventMode.valueOf(rs.getString("mode")),
        rs.getString("description"),
        rs.getDate("starts_on").toLocalDate(),
        rs.getDate("ends_on").toLocalDate(),
        rs.getInt("sessions"),
        rs.getInt("min_sessions"),
        rs.getString("place"),
        rs.getString("online_link"),
        rs.getString("organiser"),
        rs.getString("partners"),
        rs.getInt("quota"),
        rs.getTimestamp("registration_opens").toInstant(),
        rs.getTimestamp("registration_closes").toInstant(),
        rs.getString("region_scope"),
        rs.getString("eligible_region"),
        strings(rs.getArray("eligible_sizes")),
        strings(rs.getArray("eligible_kbli")),
        Audience.valueOf(rs.getString("audience")),
        json.readValue(rs.getString("questions"), new TypeReference<List<Question>>() {}),
        json.readValue(rs.getString("criteria"), new TypeReference<Map<String, BigDecimal>>() {}),
        rs.getInt("registered_count"),
        rs.getInt("confirmed_count"),
        rs.getString("selection_state"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
