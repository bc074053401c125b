package id.naikkelas.notification;

import id.naikkelas.platform.PersonalDataCipher;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends pending messages in batches. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several application nodes can dispatch side by side without sending a message twice.
 */
@Component
class OutboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int MAX_ATTEMPTS = 5;

  private record Pending(long id, String channel, String recipient, String subject, String body) {}

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;
  private final MessageSender sender;
  private final Clock clock;

  OutboxDispatcher(JdbcClient jdbc, PersonalDataCipher cipher, MessageSender sender, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.sender = sender;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${naikkelas.notification.dispatch-interval:5s}")
  @Transactional
  public int dispatch() {
    List<Pending> batch =
        jdbc.sql(
                """
                select id, channel, recipient_cipher, subject, body from notification_outbox
                where status = 'PENDING' order by id limit 200 for update skip locked""")
            .query(
                (rs, n) ->
                    new Pending(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
            .list();
    for (Pending p : batch) {
      try {
        sender.send(
            Channel.valueOf(p.channel()), cipher.decrypt(p.recipient()), p.subject(), p.body());
        jdbc.sql(
                "update notification_outbox set status = 'SENT', attempts = attempts + 1,"
                    + " sent_at = ? where id = ?")
            .params(Timestamp.from(clock.instant()), p.id())
            .update();
      } catch (Exception e) {
        log.warn("Message {} not sent: {}", p.id(), e.toString());
        jdbc.sql(
                """
                update notification_outbox set attempts = attempts + 1, last_error = ?,
                  status = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end
                where id = ?""")
            .params(String.valueOf(e.getMessage()), MAX_ATTEMPTS, p.id())
            .update();
      }
    }
    return batch.size();
  }
}
