package id.naikkelas.licensing;

import id.naikkelas.notification.Channel;
import id.naikkelas.notification.Notifications;
import id.naikkelas.registry.OwnerLookup;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds owners of a permit that is about to expire, once per lead time ({@code
 * naikkelas.licensing.reminder-leads}, 6 months and 1 month before unless set), through the
 * notification outbox to the owner's phone. A permit already being renewed is not reminded.
 */
@Component
class ExpiryReminders {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  private final JdbcClient jdbc;
  private final OwnerLookup owners;
  private final Notifications notifications;
  private final MessageSource messages;
  private final Clock clock;
  private final List<Period> leads;

  ExpiryReminders(
      JdbcClient jdbc,
      OwnerLookup owners,
      Notifications notifications,
      MessageSource messages,
      Clock clock,
      @Value("${naikkelas.licensing.reminder-leads:P6M,P1M}") List<Period> leads) {
    this.jdbc = jdbc;
    this.owners = owners;
    this.notifications = notifications;
    this.messages = messages;
    this.clock = clock;
    // nearest first, so that a permit found late gets one message, for the nearest lead
    this.leads =
        leads.stream()
            .sorted(java.util.Comparator.comparing(p -> LocalDate.EPOCH.plus(p)))
            .toList();
  }

  /** Every few hours (and on demand): queues the reminders that are due; answers how many. */
  @Scheduled(
      initialDelayString = "${naikkelas.licensing.reminder-interval:PT6H}",
      fixedDelayString = "${naikkelas.licensing.reminder-interval:PT6H}")
  @Transactional
  public int remind() {
    LocalDate today = LocalDate.now(clock.withZone(LicensingRequests.WIB));
    int sent = 0;
    for (Period lead : leads) {
      List<Due> due =
          jdbc.sql(
                  """
                  select r.id, r.kind, r.business_id, r.village_code, r.number, r.expires_on
                  from licensing_request r
                  where r.status = ? and r.expires_on is not null
                    and r.expires_on > ? and r.expires_on <= ?
                    and not exists (select 1 from licensing_reminder m
                                    where m.request_id = r.id and m.lead = ?)
                    and not exists (select 1 from licensing_request n where n.renewal_of = r.id
                                    and n.status in (?, ?, ?))
                  order by r.id for update of r skip locked""")
              .param(RequestStatus.ISSUED.name())
              .param(today)
              .param(today.plus(lead))
              .param(lead.toString())
              .params(LicensingExpiry.RENEWING)
              .query(
                  (rs, n) ->
                      new Due(
                          rs.getLong(1),
                          LicenceKind.valueOf(rs.getString(2)),
                          rs.getLong(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getObject(6, LocalDate.class)))
              .list();
      for (Due d : due) {
        owners.ownerPhone(d.businessId()).ifPresent(phone -> queue(d, phone));
        // one message: the nearest lead due now counts for the longer ones too
        for (Period covered : leads) {
          if (!today.plus(covered).isBefore(today.plus(lead))) {
            jdbc.sql(
                    """
                    insert into licensing_reminder (request_id, lead, sent_at) values (?, ?, ?)
                    on conflict do nothing""")
                .param(d.requestId())
                .param(covered.toString())
                .param(java.sql.Timestamp.from(clock.instant()))
                .update();
          }
        }
        sent++;
      }
    }
    return sent;
  }

  private void queue(Due d, String phone) {
    Locale id = Locale.forLanguageTag("id");
    String kind = messages.getMessage("licensing.kind." + d.kind().name(), null, id);
    String body =
        messages.getMessage(
            "licensing.reminder.body",
            new Object[] {kind, d.number(), d.expiresOn().format(SHOWN)},
            id);
    notifications.queue(
        Channel.WHATSAPP,
        phone,
        messages.getMessage("licensing.reminder.subject", new Object[] {kind}, id),
        body,
        "licensing.expiry",
        d.requestId(),
        d.villageCode());
  }

  private record Due(
      long requestId,
      LicenceKind kind,
      long businessId,
      String villageCode,
      String number,
      LocalDate expiresOn) {}
}
