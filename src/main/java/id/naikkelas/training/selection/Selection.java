package id.naikkelas.training.selection;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.training.EventMode;
import id.naikkelas.training.Events;
import id.naikkelas.training.TrainingEvent;
import id.naikkelas.training.registration.RegistrationStatus;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection for events in {@link EventMode#SELECTION} mode: after the window closes, applicants are
 * scored by the event's weighted criteria ({@link SelectionScoring}), ranked (score, then arrival),
 * adjusted by an officer with a reason, and confirmed: the quota gets places, the rest a ranked
 * waitlist. The state is the {@link EventSelection} aggregate's: an action out of order is refused
 * before anything is written.
 */
@NamedInterface("selection")
@Service
public class Selection {

  /** What ranking, adjusting or confirming did. */
  public record SelectionResult(
      int applicants, int confirmed, int waitlisted, SelectionState state) {}

  /** The registrations in line for a place (a selection ranks these). */
  private static final List<RegistrationStatus> IN_LINE =
      List.of(
          RegistrationStatus.APPLIED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

  private final JdbcClient jdbc;
  private final Events events;
  private final SelectionFacts facts;
  private final AuditTrail audit;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  Selection(
      JdbcClient jdbc,
      Events events,
      SelectionFacts facts,
      AuditTrail audit,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.facts = facts;
    this.audit = audit;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** Scores and ranks every applicant; can be run again until the selection is confirmed. */
  @Transactional
  public SelectionResult rank(Actor by, long eventId) {
    TrainingEvent event = closedSelection(by, eventId);
    EventSelection selection = lock(eventId);
    if (selection.state() == SelectionState.CONFIRMED) {
      selection.rank(0); // refused: names the state
    }
    // Applications not confirmed from the phone by now lapse, all at once: one documented
    // statement rather than one aggregate per row (nobody confirms while the event row is locked).
    jdbc.sql(
            """
            update training_registration set status = ?, withdrawn_at = ?,
              pending_place = null, confirm_hash = null, confirm_cipher = null
            where event_id = ? and status = ?""")
        .params(
            RegistrationStatus.EXPIRED.name(),
            Timestamp.from(clock.instant()),
            eventId,
            RegistrationStatus.PENDING.name())
        .update();
    SelectionScoring scoring = new SelectionScoring(event.criteria(), event.questions());
    List<Object[]> scores = new ArrayList<>();
    facts.of(eventId).forEach((id, f) -> scores.add(new Object[] {scoring.score(f), id}));
    facts.writeScores(scores);
    renumber(eventId);
    int applicants = scores.size();
    SelectionRanked ranked = selection.rank(applicants);
    save(selection, null);
    publisher.publishEvent(ranked);
    return new SelectionResult(applicants, 0, 0, selection.state());
  }

  /** Moves an applicant up or down by some points, with the reason; the ranks follow. */
  @Transactional
  public SelectionResult adjust(
      Actor by, long eventId, long registrationId, BigDecimal points, String why) {
    TrainingEvent event = closedSelection(by, eventId);
    lock(eventId).checkAdjustable();
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
    BigDecimal before =
        jdbc.sql(
                "select adjustment from training_registration where id = ? and event_id = ?"
                    + " and status in (?, ?, ?)")
            .params(
                registrationId,
                eventId,
                IN_LINE.get(0).name(),
                IN_LINE.get(1).name(),
                IN_LINE.get(2).name())
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
    publisher.publishEvent(new SelectionAdjusted(eventId, registrationId, points));
    return new SelectionResult(count(eventId), 0, 0, SelectionState.RANKED);
  }

  /** Fixes the ranking: the first {@code quota} get places, the rest wait in rank order. */
  @Transactional
  public SelectionResult confirm(Actor by, long eventId) {
    TrainingEvent event = closedSelection(by, eventId);
    EventSelection selection = lock(eventId);
    selection.checkConfirmable();
    jdbc.sql(
            """
            update training_registration set status = case when rank <= ? then ? else ? end
            where event_id = ? and status in (?, ?, ?)""")
        .params(
            event.quota(),
            RegistrationStatus.CONFIRMED.name(),
            RegistrationStatus.WAITLISTED.name(),
            eventId,
            IN_LINE.get(0).name(),
            IN_LINE.get(1).name(),
            IN_LINE.get(2).name())
        .update();
    int confirmed = count(eventId, RegistrationStatus.CONFIRMED);
    int waitlisted = count(eventId, RegistrationStatus.WAITLISTED);
    SelectionState was = selection.state();
    SelectionConfirmed done = selection.confirm(confirmed, waitlisted);
    save(selection, confirmed);
    audit.record(
        AuditAction.UPDATE,
        "event",
        eventId,
        event.regionScope(),
        Map.of("selectionState", was.name()),
        Map.of(
            "selectionState",
            selection.state().name(),
            "confirmed",
            confirmed,
            "waitlisted",
            waitlisted));
    publisher.publishEvent(done);
    return new SelectionResult(confirmed + waitlisted, confirmed, waitlisted, selection.state());
  }

  private TrainingEvent closedSelection(Actor by, long eventId) {
    TrainingEvent event = events.findInScope(by, eventId);
    if (event.mode() != EventMode.SELECTION) {
      throw new ConflictException("mode", "training.selection.notSelection");
    }
    if (!event.closedAt(clock.instant())) {
      throw new ConflictException("selection", "training.selection.windowOpen");
    }
    return event;
  }

  /** Locks the event row and loads its selection. */
  private EventSelection lock(long eventId) {
    // Selection is an officer's deliberate act, after the window: no rush to protect here.
    String state =
        jdbc.sql("select selection_state from training_event where id = ? for update")
            .param(eventId)
            .query(String.class)
            .single();
    return new EventSelection(eventId, SelectionState.valueOf(state));
  }

  private void save(EventSelection selection, Integer confirmedCount) {
    jdbc.sql(
            "update training_event set selection_state = ?,"
                + " confirmed_count = coalesce(?, confirmed_count) where id = ?")
        .params(selection.state().name(), confirmedCount, selection.eventId())
        .update();
  }

  private void renumber(long eventId) {
    jdbc.sql(
            """
            update training_registration r set rank = ranked.n
            from (select id, row_number() over (
                    order by coalesce(score, 0) + adjustment desc, arrival) as n
                  from training_registration where event_id = ? and status in (?, ?, ?)) ranked
            where r.id = ranked.id""")
        .params(eventId, IN_LINE.get(0).name(), IN_LINE.get(1).name(), IN_LINE.get(2).name())
        .update();
  }

  private int count(long eventId, RegistrationStatus... statuses) {
    List<RegistrationStatus> in = statuses.length == 0 ? IN_LINE : List.of(statuses);
    return jdbc.sql(
            "select count(*) from training_registration where event_id = ? and status in (:in)"
                .replace(":in", String.join(", ", in.stream().map(s -> "?").toList())))
        .params(
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of((Object) eventId), in.stream().map(Enum::name))
                .toList())
        .query(Integer.class)
        .single();
  }
}
