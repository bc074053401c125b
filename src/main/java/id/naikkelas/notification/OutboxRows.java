package id.naikkelas.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

final class OutboxRows {

  private OutboxRows() {}

  static OutboxMessage message(ResultSet rs, int n) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new OutboxMessage(
        rs.getLong("id"),
        Channel.valueOf(rs.getString("channel")),
        rs.getString("recipient_masked"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("topic"),
        rs.getString("related_id"),
        rs.getString("status"),
        rs.getInt("attempts"),
        rs.getTimestamp("created_at").toInstant(),
        sent == null ? null : sent.toInstant());
  }
}
