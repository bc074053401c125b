package id.naikkelas.notification;

import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.ScopedPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues messages; they go out after the transaction that queued them has committed. */
@Service
public class Notifications {

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;
  private final Clock clock;

  Notifications(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.clock = clock;
  }

  /**
   * Queues a message in the caller's transaction, so that it exists exactly when the change it
   * reports does.
   *
   * @param recipient an E.164 phone number or an e-mail address
   * @param topic what the message is about, e.g. {@code training.registration}
   * @param relatedId the record it is about, for look-up
   * @param regionCode the region whose officers may read it in the outbox
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void queue(
      Channel channel,
      String recipient,
      String subject,
      String body,
      String topic,
      Object relatedId,
      String regionCode) {
    jdbc.sql(
            """
            insert into notification_outbox (channel, recipient_cipher, recipient_masked, subject,
              body, topic, related_id, region_code, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            channel.name(),
            cipher.encrypt(recipient),
            mask(recipient),
            cut(subject, 200),
            body,
            topic,
            relatedId == null ? null : String.valueOf(relatedId),
            regionCode,
            Timestamp.from(clock.instant()))
        .update();
  }

  /** Messages about one record, oldest first (an officer looking at what a person was told). */
  public List<OutboxMessage> about(String topic, Object relatedId) {
    return jdbc.sql(
            """
            select id, channel, recipient_masked, subject, body, topic, related_id, status,
              attempts, created_at, sent_at
            from notification_outbox where topic = ? and related_id = ? order by id""")
        .params(topic, String.valueOf(relatedId))
        .query(OutboxRows::message)
        .list();
  }

  /**
   * The newest messages of the caller's region scope, without their text: a message may carry a
   * one-time code, a confirmation link or a ticket that proves something for its recipient, and an
   * administrator reading the outbox must not be able to use it.
   */
  public List<OutboxMessage> recent(int limit) {
    String scope = callerScope();
    if (scope == null) {
      return List.of();
    }
    return jdbc.sql(
            """
            select id, channel, recipient_masked, subject, null as body, topic, related_id,
              status, attempts, created_at, sent_at
            from notification_outbox
            where region_code = ? or region_code like ?
            order by id desc limit ?""")
        .params(scope, scope + ".%", limit)
        .query(OutboxRows::message)
        .list();
  }

  static String mask(String recipient) {
    int at = recipient.indexOf('@');
    if (at > 0) {
      return recipient.charAt(0) + "***" + recipient.substring(at);
    }
    if (recipient.length() <= 8) {
      return "****";
    }
    return recipient.substring(0, 6) + "****" + recipient.substring(recipient.length() - 4);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static String callerScope() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof ScopedPrincipal p
        ? p.regionScope()
        : null;
  }
}
