package id.naikkelas.training.registration;

import id.naikkelas.notification.Channel;
import id.naikkelas.notification.Notifications;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.PublicUrl;
import id.naikkelas.training.EventText;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people where they stand: every registration whose status differs from the one they were
 * last told about gets a message through the outbox (the confirmation code, registered, on the
 * waitlist, a place after all, selected, cancelled after a dispute). Working from the stored status
 * keeps the rush path to one statement and misses no change, whoever made it. A lapsed or refused
 * registration is not messaged: its number may not be the registrant's at all.
 */
@Component
class RegistrationNotifier {

  static final String TOPIC = "training.registration";
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final Set<String> SILENT =
      Set.of(RegistrationStatus.EXPIRED.name(), RegistrationStatus.REFUSED.name());
  private static final DateTimeFormatter WIB_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'WIB' dd/MM/yyyy", INDONESIAN).withZone(EventText.WIB);

  private record Untold(
      long id,
      String status,
      String told,
      String phone,
      String name,
      String title,
      String ticket,
      String region,
      String code,
      Instant confirmBy) {}

  private final JdbcClient jdbc;
  private final Notifications notifications;
  private final PersonalDataCipher cipher;
  private final MessageSource messages;
  private final PublicUrl publicUrl;

  RegistrationNotifier(
      JdbcClient jdbc,
      Notifications notifications,
      PersonalDataCipher cipher,
      MessageSource messages,
      PublicUrl publicUrl) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.cipher = cipher;
    this.messages = messages;
    this.publicUrl = publicUrl;
  }

  @Scheduled(fixedDelayString = "${naikkelas.training.notify-interval:3s}")
  @Transactional
  public int tell() {
    List<Untold> batch =
        jdbc.sql(
                """
                select r.id, r.status, r.notified_status, r.phone_cipher, r.name, e.title,
                  r.ticket, e.region_scope, r.confirm_cipher, r.confirm_by
                from training_registration r join training_event e on e.id = r.event_id
                where r.notified_status is distinct from r.status
                order by r.id limit 500 for update of r skip locked""")
            .query(
                (rs, n) ->
                    new Untold(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
            .list();
    for (Untold u : batch) {
      if (u.phone() != null && !SILENT.contains(u.status())) {
        queue(u);
      }
      jdbc.sql("update training_registration set notified_status = status where id = ?")
          .param(u.id())
          .update();
    }
    return batch.size();
  }

  private void queue(Untold u) {
    String key =
        RegistrationStatus.WAITLISTED.name().equals(u.told())
                && RegistrationStatus.CONFIRMED.name().equals(u.status())
            ? "training.message.promoted"
            : "training.message." + u.status();
    Object[] args;
    if (RegistrationStatus.PENDING.name().equals(u.status())) {
      String code = u.code() == null ? "" : cipher.decrypt(u.code());
      args =
          new Object[] {
            u.name(),
            u.title(),
            publicUrl.of("/acara/konfirmasi/" + code),
            code,
            u.confirmBy() == null ? "" : WIB_TIME.format(u.confirmBy())
          };
    } else {
      args = new Object[] {u.name(), u.title(), publicUrl.of("/acara/tiket/" + u.ticket())};
    }
    notifications.queue(
        Channel.WHATSAPP,
        cipher.decrypt(u.phone()),
        messages.getMessage(key + ".subject", args, INDONESIAN),
        messages.getMessage(key + ".body", args, INDONESIAN),
        TOPIC,
        u.id(),
        u.region());
  }
}
