package id.naikkelas.training;

import id.naikkelas.access.Actor;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo module needs beyond the training services: knowing whether the demo events were
 * made, reading the confirmed places of an event in rank order (their tickets are never listed
 * otherwise), putting a past event's registration back in its year, and marking events as demo.
 */
@Service
public class TrainingDemoRecords {

  /** A confirmed registration of an event: its id and its ticket. */
  public record ConfirmedPlace(long registrationId, String ticket) {}

  private final JdbcClient jdbc;

  TrainingDemoRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** True once demo events exist: the demo training data is then not made again. */
  @Transactional(readOnly = true)
  public boolean present() {
    return jdbc.sql("select count(*) from training_event where demo").query(Long.class).single()
        > 0;
  }

  /** The confirmed registrations of an event, by rank. */
  @Transactional(readOnly = true)
  public List<ConfirmedPlace> confirmedByRank(long eventId) {
    return jdbc.sql(
            "select id, ticket from training_registration where event_id = ?"
                + " and status = 'CONFIRMED' order by rank")
        .param(eventId)
        .query((rs, n) -> new ConfirmedPlace(rs.getLong(1), rs.getString(2)))
        .list();
  }

  /**
   * Puts an event's registration window back to {@code opens}–{@code closes} and its registrations'
   * arrival times to {@code firstArrival} plus one minute per arrival.
   */
  @Transactional
  public void putRegistrationBack(
      long eventId, LocalDateTime opens, LocalDateTime closes, LocalDateTime firstArrival) {
    jdbc.sql(
            "update training_event set registration_opens = ?, registration_closes = ?"
                + " where id = ?")
        .params(Timestamp.valueOf(opens), Timestamp.valueOf(closes), eventId)
        .update();
    jdbc.sql(
            "update training_registration set created_at = cast(? as timestamp)"
                + " + (arrival || ' minutes')::interval where event_id = ?")
        .params(firstArrival.toString(), eventId)
        .update();
  }

  /** Marks every event the actor created as demo. */
  @Transactional
  public int markCreatedBy(Actor by) {
    return jdbc.sql("update training_event set demo = true where created_by = ?")
        .param(by.username())
        .update();
  }
}
