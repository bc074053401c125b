package id.naikkelas.training.registration;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.training.Events;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A withdrawal gives its place to the next in line — by rank after a selection, by arrival
 * otherwise — in one statement ({@link Places}), so two withdrawals at once promote two different
 * people. The notifier then tells the promoted person.
 */
@Service
public class Withdrawals {

  /** Who withdrew and who, if anyone, took the place. */
  public record Withdrawn(long registrationId, RegistrationStatus was, Long promoted) {}

  private final JdbcClient jdbc;
  private final Events events;
  private final Places places;
  private final Clock clock;

  Withdrawals(JdbcClient jdbc, Events events, Places places, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.places = places;
    this.clock = clock;
  }

  /** The holder of a ticket gives up their place. */
  public Withdrawn byTicket(String ticket) {
    long id =
        jdbc.sql("select id from training_registration where ticket = ?")
            .param(ticket)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("ticket", ticket));
    return withdraw(id);
  }

  /** An officer records a withdrawal (the person phoned, say). */
  public Withdrawn byOfficer(Actor by, long eventId, long registrationId) {
    events.findInScope(by, eventId);
    boolean ofEvent =
        jdbc.sql("select 1 from training_registration where id = ? and event_id = ?")
            .params(registrationId, eventId)
            .query(Integer.class)
            .optional()
            .isPresent();
    if (!ofEvent) {
      throw new NotFoundException("registration", registrationId);
    }
    return withdraw(registrationId);
  }

  private Withdrawn withdraw(long id) {
    return places
        .leave(id, RegistrationAction.WITHDRAW, false, clock.instant())
        .map(l -> new Withdrawn(l.registrationId(), l.was(), l.promoted()))
        .orElseThrow(
            () ->
                new RegistrationRefused(
                    RegistrationStatus.valueOf(
                        jdbc.sql("select status from training_registration where id = ?")
                            .param(id)
                            .query(String.class)
                            .single()),
                    RegistrationAction.WITHDRAW.apiName()));
  }
}
