package id.naikkelas.training;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection for events in {@link EventMode#SELECTION} mode: after the window closes, applicants are
 * scored by the event's weighted criteria (registry and training data, and their answers), ranked
 * (score, then arrival), adjusted by an officer with a reason, and confirmed: the quota gets
 * places, the rest a ranked waitlist.
 */
@Service
public class Selection {

  /** What ranking or confirming did. */
  public record Outcome(int applicants, int confirmed, int waitlisted, String state) {}

  private final JdbcClient jdbc;
  private final Events events;
  private final AuditTrail audit;
  private final Clock clock;

  Selection(JdbcClient jdbc, Events events, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** Scores and ranks every applicant; can be run again until the selection is confirmed. */
  @Transactional
  public Outcome rank(Actor by, long eventId) {
    TrainingEvent event = closedSelection(by, eventId);
    lock(eventId);
    // applications not confirmed from the phone by now are not ranked: they lapse
    jdbc.sql(
            """
            update training_registration set status = 'EXPIRED', withdrawn_at = ?,
              pending_place = null, confirm_hash = null, confirm_cipher = null
            where event_id = ? and status = 'PENDING'""")
        .params(java.sql.Timestamp.from(clock.instant()), eventId)
        .update();
    Map<String, BigDecimal> w = event.criteria();
    StringBuilder score = new StringBuilder("0");
    List<Object> params = new ArrayList<>();
    add(
        score,
        params,
        w.get(Criterion.NOT_TRAINED_BEFORE.name()),
        """
        case when not exists (select 1 from training_registration r2
          join training_attendance a on a.registration_id = r2.id
          where r2.nik_hash = r.nik_hash and r2.event_id <> r.event_id) then 1 else 0 end""");
    add(
        score,
        params,
        w.get(Criterion.MICRO_BUSINESS.name()),
        "case when r.size_class = 'MICRO' then 1 else 0 end");
    add(
        score,
        params,
        w.get(Criterion.FIRST_TIME_APPLICANT.name()),
        """
        case when not exists (select 1 from training_registration r2
          where r2.nik_hash = r.nik_hash and r2.event_id <> r.event_id
          and r2.created_at < r.created_at) then 1 else 0 end""");
    add(
        score,
        params,
        w.get(Criterion.NEW_ENTREPRENEUR.name()),
        "case when r.new_entrepreneur then 1 else 0 end");
    for (Question q : event.questions()) {
      score.append(" + ? * case when (r.answers ->> ?) = 'true' then 1 else 0 end");
      params.add(q.weight());
      params.add(q.key());
    }
    params.add(eventId);
    jdbc.sql(
            "update training_registration r set score = "
                + score
                + " where r.event_id = ? and r.status in ('APPLIED', 'CONFIRMED', 'WAITLISTED')")
        .params(params)
        .update();
    renumber(eventId);
    jdbc.sql("update training_event set selection_state = 'RANKED' where id = ?")
        .param(eventId)
        .update();
    int applicants = count(eventId, "status in ('APPLIED', 'CONFIRMED', 'WAITLISTED')");
    return new Outcome(applicants, 0, 0, "RANKED");
  }

  /** Moves an applicant up or down by some points, with the reason; the ranks follow. */
  @Transactional
  public void adjust(Actor by, long eventId, long registrationId, BigDecimal points, String why) {
    TrainingEvent event = closedSelection(by, eventId);
    if (!"RANKED".equals(event.selectionState())) {
      throw new ConflictException("selection", "training.selection.notRanked");
    }
    List<FieldProblem> p = new ArrayList<>();
    if (points == null || points.abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
      p.add(new FieldProblem("points", "training.adjust.points"));
    }
    if (why == null || why.isBlank() || why.strip().length() > 300) {
      p.add(new FieldProblem("reason", "training.adjust.reason"));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    lock(eventId);
    BigDecimal before =
        jdbc.sql(
                "select adjustment from training_registration where id = ? and event_id = ?"
                    + " and status in ('APPLIED', 'CONFIRMED', 'WAITLISTED')")
            .params(registrationId, eventId)
            .query(BigDecimal.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("registration", registrationId));
    jdbc.sql("update training_registration set adjustment = ?, adjustment_reason = ? where id = ?")
        .params(points, why.strip(), registrationId)
        .update();
    renumber(eventId);
    audit.record(
        AuditAction.UPDATE,
        "registration",
        registrationId,
        event.regionScope(),
        Map.of("adjustment", before),
        Map.of("adjustment", points, "reason", why.strip()));
  }

  /** Fixes the ranking: the first {@code quota} get places, the rest wait in rank order. */
  @Transactional
  public Outcome confirm(Actor by, long eventId) {
    TrainingEvent event = closedSelection(by, eventId);
    if (!"RANKED".equals(event.selectionState())) {
      throw new ConflictException("selection", "training.selection.notRanked");
    }
    lock(eventId);
    jdbc.sql(
            """
            update training_registration set status =
              case when rank <= ? then 'CONFIRMED' else 'WAITLISTED' end
            where event_id = ? and status in ('APPLIED', 'CONFIRMED', 'WAITLISTED')""")
        .params(event.quota(), eventId)
        .update();
    int confirmed = count(eventId, "status = 'CONFIRMED'");
    int waitlisted = count(eventId, "status = 'WAITLISTED'");
    jdbc.sql(
            "update training_event set selection_state = 'CONFIRMED', confirmed_count = ?"
                + " where id = ?")
        .params(confirmed, eventId)
        .update();
    audit.record(
        AuditAction.UPDATE,
        "event",
        eventId,
        event.regionScope(),
        Map.of("selectionState", "RANKED"),
        Map.of("selectionState", "CONFIRMED", "confirmed", confirmed, "waitlisted", waitlisted));
    return new Outcome(confirmed + waitlisted, confirmed, waitlisted, "CONFIRMED");
  }

  private TrainingEvent closedSelection(Actor by, long eventId) {
    TrainingEvent event = events.findInScope(by, eventId);
    if (event.mode() != EventMode.SELECTION) {
      throw new ConflictException("mode", "training.selection.notSelection");
    }
    if (!event.closedAt(clock.instant())) {
      throw new ConflictException("selection", "training.selection.windowOpen");
    }
    if ("CONFIRMED".equals(event.selectionState())) {
      throw new ConflictException("selection", "training.selection.confirmed");
    }
    return event;
  }

  private void lock(long eventId) {
    // Selection is an officer's deliberate act, after the window: no rush to protect here.
    jdbc.sql("select id from training_event where id = ? for update")
        .param(eventId)
        .query(Long.class)
        .single();
  }

  private void renumber(long eventId) {
    jdbc.sql(
            """
            update training_registration r set rank = ranked.n
            from (select id, row_number() over (
                    order by coalesce(score, 0) + adjustment desc, arrival) as n
                  from training_registration where event_id = ? and status in ('APPLIED', 'CONFIRMED', 'WAITLISTED')) ranked
            where r.id = ranked.id""")
        .param(eventId)
        .update();
  }

  private int count(long eventId, String condition) {
    return jdbc.sql(
            "select count(*) from training_registration where event_id = ? and " + condition)
        .param(eventId)
        .query(Integer.class)
        .single();
  }

  private static void add(
      StringBuilder score, List<Object> params, BigDecimal weight, String condition) {
    if (weight != null && weight.signum() != 0) {
      score.append(" + ? * (").append(condition).append(")");
      params.add(weight);
    }
  }
}
