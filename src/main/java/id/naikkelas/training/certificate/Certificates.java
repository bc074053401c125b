package id.naikkelas.training.certificate;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RandomCodes;
import id.naikkelas.training.EventType;
import id.naikkelas.training.Events;
import id.naikkelas.training.TrainingEvent;
import id.naikkelas.training.registration.RegistrationStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates for participants who met the event's attendance rule: a PDF with a QR code that
 * opens the public check page; revocable with a reason.
 */
@NamedInterface("certificate")
@Service
public class Certificates {

  /** What the public check page shows: enough to trust the paper, no personal number. */
  public record Check(
      String code,
      String name,
      String eventTitle,
      String organiser,
      LocalDate startsOn,
      LocalDate endsOn,
      Instant issuedAt,
      boolean revoked,
      String revokedReason) {}

  private final JdbcClient jdbc;
  private final Events events;
  private final AuditTrail audit;
  private final CertificatePdf renderer;
  private final Clock clock;

  Certificates(
      JdbcClient jdbc, Events events, AuditTrail audit, CertificatePdf renderer, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.audit = audit;
    this.renderer = renderer;
    this.clock = clock;
  }

  /** Issues a certificate to every confirmed participant who attended enough sessions. */
  @Transactional
  public int issue(Actor by, long eventId) {
    TrainingEvent event = events.findInScope(by, eventId);
    List<Long> eligible =
        jdbc.sql(
                """
                select r.id from training_registration r
                where r.event_id = ? and r.status = ?
                  and not exists (select 1 from training_certificate c where c.registration_id = r.id)
                  and (select count(*) from training_attendance a where a.registration_id = r.id)
                      >= ?
                order by r.id""")
            .params(eventId, RegistrationStatus.CONFIRMED.name(), event.minSessions())
            .query(Long.class)
            .list();
    Timestamp now = Timestamp.from(clock.instant());
    for (long id : eligible) {
      jdbc.sql(
              "insert into training_certificate (code, registration_id, issued_at, issued_by)"
                  + " values (?, ?, ?, ?)")
          .params(RandomCodes.of(12), id, now, by.username())
          .update();
    }
    if (!eligible.isEmpty()) {
      audit.record(
          AuditAction.CREATE,
          "certificate",
          eventId,
          event.regionScope(),
          null,
          Map.of("issued", eligible.size()));
    }
    return eligible.size();
  }

  /**
   * The public check: a valid certificate, or the same 404 for an unknown, mistyped or revoked code
   * (it names no holder and no event of another code).
   */
  public Check check(String code) {
    return find(code)
        .filter(c -> !c.revoked())
        .orElseThrow(() -> new NotFoundException("certificate", code));
  }

  /**
   * What another module may rely on of a valid certificate (licensing's food-safety training
   * stage): whether it was earned at a training (not a study trip, a matching day or an expo) and
   * the account and business the registration was linked to, if any; empty for an unknown, mistyped
   * or revoked code.
   */
  public record Holding(String code, boolean training, Long accountId, Long businessId) {}

  @Transactional(readOnly = true)
  public Optional<Holding> holding(String code) {
    if (code == null || !code.matches("[A-Z2-9]{12}")) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select c.code, e.type, r.account_id, r.business_id
            from training_certificate c join training_registration r on r.id = c.registration_id
            join training_event e on e.id = r.event_id
            where c.code = ? and c.revoked_at is null""")
        .param(code)
        .query(
            (rs, n) ->
                new Holding(
                    rs.getString(1),
                    EventType.valueOf(rs.getString(2)) == EventType.TRAINING,
                    rs.getObject(3, Long.class),
                    rs.getObject(4, Long.class)))
        .optional();
  }

  private Check any(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("certificate", code));
  }

  @Transactional
  public void revoke(Actor by, String code, String reason) {
    if (reason == null || reason.isBlank() || reason.strip().length() > 300) {
      throw new InvalidInputException("reason", "training.revoke.reason");
    }
    Object[] row =
        jdbc.sql(
                """
                select r.event_id, c.revoked_at is not null from training_certificate c
                join training_registration r on r.id = c.registration_id where c.code = ?""")
            .param(code)
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)})
            .optional()
            .orElseThrow(() -> new NotFoundException("certificate", code));
    TrainingEvent event = events.findInScope(by, (Long) row[0]);
    if ((Boolean) row[1]) {
      throw new ConflictException("code", "training.certificate.alreadyRevoked");
    }
    jdbc.sql("update training_certificate set revoked_at = ?, revoked_reason = ? where code = ?")
        .params(Timestamp.from(clock.instant()), reason.strip(), code)
        .update();
    audit.record(
        AuditAction.UPDATE,
        "certificate",
        code,
        event.regionScope(),
        Map.of("revoked", false),
        Map.of("revoked", true, "reason", reason.strip()));
  }

  /** The PDF of an officer's event. */
  public byte[] pdfForOfficer(Actor by, String code, Locale locale) {
    Check c = any(code);
    long eventId =
        jdbc.sql(
                "select r.event_id from training_certificate c join training_registration r"
                    + " on r.id = c.registration_id where c.code = ?")
            .param(code)
            .query(Long.class)
            .single();
    events.findInScope(by, eventId);
    return pdf(c, locale);
  }

  /** The PDF for the holder of the ticket. */
  public byte[] pdfForTicket(String ticket, Locale locale) {
    String code =
        jdbc.sql(
                "select c.code from training_certificate c join training_registration r"
                    + " on r.id = c.registration_id where r.ticket = ?")
            .param(ticket)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("certificate", ticket));
    return pdf(any(code), locale);
  }

  private byte[] pdf(Check c, Locale locale) {
    if (c.revoked()) {
      throw new ConflictException("code", "training.certificate.revoked");
    }
    return renderer.render(c, locale);
  }

  private Optional<Check> find(String code) {
    if (code == null || !code.matches("[A-Z2-9]{12}")) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select c.code, r.name, e.title, e.organiser, e.starts_on, e.ends_on, c.issued_at,
              c.revoked_at is not null, c.revoked_reason
            from training_certificate c join training_registration r on r.id = c.registration_id
            join training_event e on e.id = r.event_id where c.code = ?""")
        .param(code)
        .query(
            (rs, n) ->
                new Check(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getDate(5).toLocalDate(),
                    rs.getDate(6).toLocalDate(),
                    rs.getTimestamp(7).toInstant(),
                    rs.getBoolean(8),
                    rs.getString(9)))
        .optional();
  }
}
