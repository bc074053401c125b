package id.naikkelas.training.certificate;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.training.Events;
import id.naikkelas.training.TrainingEvent;
import id.naikkelas.training.registration.RegistrationStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/** Checking people in by their ticket code (scanned from the QR code or typed), per session. */
@NamedInterface("certificate")
@Service
public class Attendance {

  /** Who was checked in, and whether they already were. */
  public record CheckIn(
      long registrationId, String name, String nikMasked, int session, boolean already) {}

  private final JdbcClient jdbc;
  private final Events events;
  private final Clock clock;

  Attendance(JdbcClient jdbc, Events events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  public CheckIn checkIn(Actor by, long eventId, String code, int session) {
    TrainingEvent event = events.findInScope(by, eventId);
    if (session < 1 || session > event.sessions()) {
      throw new InvalidInputException("session", "training.session.range", event.sessions());
    }
    String ticket = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    // a scanned QR code holds the ticket link; a typed one just the code
    ticket = ticket.substring(ticket.lastIndexOf('/') + 1);
    if (ticket.isEmpty()) {
      throw new InvalidInputException("code", "field.required");
    }
    List<Object[]> found =
        jdbc.sql(
                "select id, status, name, nik_masked from training_registration"
                    + " where event_id = ? and ticket = ?")
            .params(eventId, ticket)
            .query(
                (rs, n) ->
                    new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
            .list();
    if (found.isEmpty()) {
      throw new NotFoundException("ticket", ticket);
    }
    Object[] r = found.get(0);
    if (RegistrationStatus.valueOf((String) r[1]) != RegistrationStatus.CONFIRMED) {
      throw new ConflictException("code", "training.checkIn.notConfirmed", r[2]);
    }
    int added =
        jdbc.sql(
                """
                insert into training_attendance (registration_id, session_no, checked_in_at,
                  checked_in_by) values (?, ?, ?, ?) on conflict do nothing""")
            .params(r[0], session, Timestamp.from(clock.instant()), by.username())
            .update();
    return new CheckIn((Long) r[0], (String) r[2], (String) r[3], session, added == 0);
  }
}
