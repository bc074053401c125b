package id.naikkelas.training;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A withdrawal gives its place to the next in line — by rank after a selection, by arrival
 * otherwise — in one statement, so two withdrawals at once promote two different people. The
 * notifier then tells the promoted person.
 */
@Service
public class Withdrawals {

  /** Who withdrew and who, if anyone, took the place. */
  public record Withdrawn(long registrationId, RegistrationStatus was, Long promoted) {}

  private static final String WITHDRAW =
      """
      with old as (
        select id, event_id, status from training_registration
        where id = ? and status <> 'WITHDRAWN' for update),
      w as (
        update training_registration r set status = 'WITHDRAWN', withdrawn_at = ?
        from old where r.id = old.id
        returning old.event_id, old.status as was),
      next as (
        select r.id from training_registration r join w on r.event_id = w.event_id
        where w.was = 'CONFIRMED' and r.status = 'WAITLISTED'
        order by r.rank nulls last, r.arrival limit 1
        for update of r skip locked),
      promoted as (
        update training_registration r set status = 'CONFIRMED' from next where r.id = next.id
        returning r.id),
      freed as (
        update training_event e set confirmed_count = confirmed_count - 1 from w
        where e.id = w.event_id and w.was = 'CONFIRMED'
          and not exists (select 1 from promoted)
        returning e.id)
      select (select was from w) as was, (select id from promoted) as promoted,
        (select count(*) from freed) as freed""";

  private final JdbcClient jdbc;
  private final Events events;
  private final Clock clock;

  Withdrawals(JdbcClient jdbc, Events events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
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
    return jdbc.sql(WITHDRAW)
        .params(id, Timestamp.from(clock.instant()))
        .query(
            (rs, n) -> {
              String was = rs.getString("was");
              if (was == null) {
                return Optional.<Withdrawn>empty();
              }
              return Optional.of(
                  new Withdrawn(
                      id, RegistrationStatus.valueOf(was), (Long) rs.getObject("promoted")));
            })
        .single()
        .orElseThrow(() -> new ConflictException("registration", "training.withdraw.already"));
  }
}
