package id.naikkelas.training.registration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A registration stops holding its place — withdrawn, expired unconfirmed, refused — and the place
 * goes to the next in line (by rank after a selection, by arrival otherwise), all in one statement:
 * two departures at once promote two different people, and nothing is lost or doubled. A seat is
 * held by a {@code CONFIRMED} registration or by a {@code PENDING} one whose arrival gave it a
 * seat. The next in line is a confirmed {@code WAITLISTED} registration, or a {@code PENDING} one
 * on the waitlist still within its time (it then holds the seat pending its own confirmation, so
 * the arrival order is kept). The notifier tells the promoted person.
 */
@Component
class Places {

  /** Who left, from which status, and who, if anyone, took the seat. */
  record Left(long registrationId, RegistrationStatus was, Long promoted) {}

  private static final String LEAVE =
      """
      with old as (
        select id, event_id, status, pending_place from training_registration
        where id = ? and status = any(?::text[]) and (? or confirm_by <= ?)
        for update%s),
      w as (
        update training_registration r set status = ?, withdrawn_at = ?, pending_place = null,
          confirm_hash = null, confirm_cipher = null
        from old where r.id = old.id
        returning old.event_id, old.status as was,
          (old.status = 'CONFIRMED' or old.pending_place = 'CONFIRMED') as seat),
      next as (
        select r.id from training_registration r join w on r.event_id = w.event_id
        where w.seat and (r.status = ?
          or (r.status = 'PENDING' and r.pending_place = 'WAITLISTED' and r.confirm_by > ?))
        order by r.rank nulls last, r.arrival limit 1
        for update of r skip locked),
      promoted as (
        update training_registration r set
          status = case when r.status = 'PENDING' then 'PENDING' else ? end,
          pending_place = case when r.status = 'PENDING' then 'CONFIRMED' end
        from next where r.id = next.id
        returning r.id),
      freed as (
        update training_event e set confirmed_count = confirmed_count - 1 from w
        where e.id = w.event_id and w.seat and not exists (select 1 from promoted)
        returning e.id)
      select (select was from w) as was, (select id from promoted) as promoted,
        (select count(*) from freed) as freed""";

  private final JdbcClient jdbc;

  Places(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Carries out {@code action} (to its target status, if the registration is in one of the statuses
   * it starts from and, when {@code onlyExpired}, past its confirmation time); empty when it was
   * not (or is being changed by another statement right now). The seat goes to the next in line as
   * {@link RegistrationAction#PROMOTE} says (a waitlisted registration).
   */
  Optional<Left> leave(long id, RegistrationAction action, boolean onlyExpired, Instant now) {
    RegistrationStatus to = action.target();
    RegistrationStatus[] from = action.fromArray();
    Timestamp at = Timestamp.from(now);
    String[] statuses = new String[from.length];
    for (int i = 0; i < from.length; i++) {
      statuses[i] = from[i].name();
    }
    // a person or an officer waits for a row being changed; the release job skips it for now
    return jdbc.sql(LEAVE.formatted(onlyExpired ? " skip locked" : ""))
        .params(
            id,
            statuses,
            !onlyExpired,
            at,
            to.name(),
            at,
            RegistrationAction.PROMOTE.fromArray()[0].name(),
            at,
            RegistrationAction.PROMOTE.target().name())
        .query(
            (rs, n) -> {
              String was = rs.getString("was");
              return was == null
                  ? Optional.<Left>empty()
                  : Optional.of(
                      new Left(
                          id, RegistrationStatus.valueOf(was), (Long) rs.getObject("promoted")));
            })
        .single();
  }
}
