package id.naikkelas.training.matching;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.training.Events;
import id.naikkelas.training.TrainingEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's side of the meetings: scheduling open requests ({@link MatchingScheduler}), and
 * each meeting's outcome, followed until it is realised or dropped ({@link MatchingMeeting}).
 */
@NamedInterface("matching")
@Service
public class MatchingMeetings {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private final JdbcClient jdbc;
  private final Events events;
  private final BusinessMatching matching;
  private final MeetingStore store;
  private final AuditTrail audit;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  MatchingMeetings(
      JdbcClient jdbc,
      Events events,
      BusinessMatching matching,
      MeetingStore store,
      AuditTrail audit,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.matching = matching;
    this.store = store;
    this.audit = audit;
    this.publisher = publisher;
    this.clock = clock;
  }

  /**
   * Puts every open request into the earliest slot where both people are free and a table is free,
   * oldest request first. Requests that fit nowhere stay open; the answer says how many.
   */
  @Transactional
  public Map<String, Integer> schedule(Actor by, long eventId) {
    TrainingEvent event = BusinessMatching.matchingEvent(events.findInScope(by, eventId));
    MatchingSetup s =
        matching
            .setup(eventId)
            .orElseThrow(() -> new ConflictException("setup", "matching.noSetup"));
    jdbc.sql("select id from training_event where id = ? for update")
        .param(eventId)
        .query(Long.class)
        .single();
    List<MatchingScheduler.Booked> booked =
        jdbc.sql(
                "select slot_no, table_no, requester_id, invitee_id from matching_meeting"
                    + " where event_id = ? and status = ?")
            .params(eventId, MeetingStatus.CONFIRMED.name())
            .query(
                (rs, n) ->
                    new MatchingScheduler.Booked(
                        rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
            .list();
    List<MatchingScheduler.Open> open =
        jdbc.sql(
                "select id, requester_id, invitee_id from matching_meeting where event_id = ?"
                    + " and status = ? order by created_at, id")
            .params(eventId, MeetingStatus.REQUESTED.name())
            .query(
                (rs, n) -> new MatchingScheduler.Open(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
            .list();
    List<MatchingScheduler.Placement> placed =
        new MatchingScheduler(s.slots(), s.tables()).place(booked, open);
    for (MatchingScheduler.Placement p : placed) {
      MatchingMeeting meeting = store.lock(p.meetingId()).orElseThrow();
      MeetingEvents.MeetingScheduled done = meeting.schedule(p.slot(), p.table());
      store.saveScheduled(meeting, p.slot(), p.table());
      publisher.publishEvent(done);
    }
    Map<String, Integer> result = new LinkedHashMap<>();
    result.put("scheduled", placed.size());
    result.put("unscheduled", open.size() - placed.size());
    audit.record(AuditAction.UPDATE, "event", eventId, event.regionScope(), null, result);
    return result;
  }

  /** Records or corrects the outcome of a scheduled meeting; it is then followed up. */
  @Transactional
  public MatchingMeetingView recordOutcome(Actor by, long meetingId, MeetingOutcomeRequest o) {
    return act(
        by,
        meetingId,
        m -> {
          List<FieldProblem> p = new ArrayList<>();
          if (o.kind() == null) {
            p.add(new FieldProblem("kind", "field.required"));
          }
          if (o.value() != null && o.value().signum() < 0) {
            p.add(new FieldProblem("value", "matching.value.negative"));
          }
          String currency =
              o.value() == null
                  ? null
                  : (FormFields.blank(o.currency())
                      ? "IDR"
                      : o.currency().strip().toUpperCase(Locale.ROOT));
          if (currency != null && !CURRENCY.matcher(currency).matches()) {
            p.add(new FieldProblem("currency", "matching.currency.invalid"));
          }
          String note = FormFields.text(o.note(), "note", 500, false, p);
          if (!p.isEmpty()) {
            throw new InvalidInputException(p);
          }
          MeetingEvents.MeetingOutcomeRecorded done =
              m.recordOutcome(o.kind(), o.value(), currency);
          store.saveOutcome(m, o.kind(), o.value(), currency, note, clock.instant(), by.username());
          Map<String, Object> after = new LinkedHashMap<>();
          after.put("kind", o.kind().name());
          after.put("value", o.value());
          after.put("currency", currency);
          after.put("status", m.outcome().name());
          return Map.entry(done, after);
        });
  }

  /** The outcome came true (the contract was delivered, the MoU signed into business). */
  @Transactional
  public MatchingMeetingView realise(Actor by, long meetingId) {
    return act(by, meetingId, m -> status(m, m.realise(), by));
  }

  /** The outcome will not come true. */
  @Transactional
  public MatchingMeetingView drop(Actor by, long meetingId) {
    return act(by, meetingId, m -> status(m, m.drop(), by));
  }

  private Map.Entry<Object, Map<String, Object>> status(MatchingMeeting m, Object event, Actor by) {
    store.saveOutcomeStatus(m, clock.instant(), by.username());
    return Map.entry(event, Map.of("status", m.outcome().name()));
  }

  private MatchingMeetingView act(
      Actor by,
      long meetingId,
      Function<MatchingMeeting, Map.Entry<? extends Object, Map<String, Object>>> action) {
    MatchingMeeting meeting =
        store.lock(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
    TrainingEvent event;
    try {
      event = BusinessMatching.matchingEvent(events.findInScope(by, meeting.eventId()));
    } catch (NotFoundException outOfScope) {
      // another district's meeting answers as one that does not exist
      throw new NotFoundException("meeting", meetingId);
    }
    Map.Entry<? extends Object, Map<String, Object>> done = action.apply(meeting);
    audit.record(
        AuditAction.UPDATE,
        "matching-meeting",
        meetingId,
        event.regionScope(),
        null,
        done.getValue());
    publisher.publishEvent(done.getKey());
    return matching.meetings(meeting.eventId()).stream()
        .filter(v -> v.id() == meetingId)
        .findFirst()
        .orElseThrow();
  }
}
