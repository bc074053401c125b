package id.naikkelas.training.matching;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.AddressThrottle;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.RandomCodes;
import id.naikkelas.registry.Contacts;
import id.naikkelas.training.EventType;
import id.naikkelas.training.Events;
import id.naikkelas.training.TrainingEvent;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business matching (Temu Usaha): UMKM and buyers join an event, each side asks the other for
 * meetings, the organiser schedules them into time slots at tables, and each meeting's outcome (an
 * MoU, a contract and its value) is followed until it is realised or dropped.
 */
@NamedInterface("matching")
@Service
public class BusinessMatching {

  private final JdbcClient jdbc;
  private final Events events;
  private final PersonalDataCipher cipher;
  private final AuditTrail audit;
  private final Clock clock;
  private final AddressThrottle throttle;
  private final MeetingStore store;
  private final MeetingViews views;
  private final MatchingParticipants participants;
  private final ApplicationEventPublisher publisher;

  BusinessMatching(
      JdbcClient jdbc,
      Events events,
      PersonalDataCipher cipher,
      AuditTrail audit,
      Clock clock,
      MeetingStore store,
      MeetingViews views,
      MatchingParticipants participants,
      ApplicationEventPublisher publisher,
      @Value("${naikkelas.training.registrations-per-minute:30}") int perMinute) {
    this.jdbc = jdbc;
    this.events = events;
    this.cipher = cipher;
    this.audit = audit;
    this.clock = clock;
    this.throttle = new AddressThrottle(perMinute);
    this.store = store;
    this.views = views;
    this.participants = participants;
    this.publisher = publisher;
  }

  /** The day's time slots and tables, set by the organiser. */
  @Transactional
  public void setUp(Actor by, long eventId, MatchingSetup s) {
    TrainingEvent event = matchingEvent(events.findInScope(by, eventId));
    MatchingSetupChecker.check(s);
    jdbc.sql(
            """
            insert into matching_setup (event_id, day, first_slot, slot_minutes, slots, tables)
            values (?, ?, ?, ?, ?, ?)
            on conflict (event_id) do update set day = excluded.day,
              first_slot = excluded.first_slot, slot_minutes = excluded.slot_minutes,
              slots = excluded.slots, tables = excluded.tables""")
        .params(
            eventId,
            Date.valueOf(s.day()),
            Time.valueOf(s.firstSlot()),
            s.slotMinutes(),
            s.slots(),
            s.tables())
        .update();
    audit.record(
        AuditAction.UPDATE,
        "event",
        eventId,
        event.regionScope(),
        null,
        Map.of("matchingSlots", s.slots(), "tables", s.tables()));
  }

  public Optional<MatchingSetup> setup(long eventId) {
    return jdbc.sql(
            "select day, first_slot, slot_minutes, slots, tables from matching_setup where event_id = ?")
        .param(eventId)
        .query(
            (rs, n) ->
                new MatchingSetup(
                    rs.getDate(1).toLocalDate(),
                    rs.getTime(2).toLocalTime(),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5)))
        .optional();
  }

  /** A UMKM or a buyer joins (public); answers the participant's private token. */
  public String join(long eventId, MatchingJoinRequest j, String clientAddress) {
    throttle.check(clientAddress);
    TrainingEvent event = matchingEvent(events.find(eventId));
    if (event.closedAt(clock.instant()) || clock.instant().isBefore(event.registrationOpens())) {
      throw new ConflictException("event", "training.registration.closed");
    }
    MatchingJoinChecker.Joined c = MatchingJoinChecker.check(j);
    String token = RandomCodes.of(10);
    try {
      jdbc.sql(
              """
              insert into matching_participant (event_id, side, kind, name, organisation, country,
                contact_cipher, contact_hash, contact_masked, interests, token, created_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              eventId,
              c.side(),
              c.kind(),
              c.name(),
              c.organisation(),
              c.country(),
              cipher.encrypt(c.contact()),
              cipher.hash(c.contact()),
              Contacts.mask(c.contact()),
              c.interests(),
              token,
              Timestamp.from(clock.instant()))
          .update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("contact", "matching.contact.taken");
    }
    return token;
  }

  public MatchingParticipantPage mine(String token) {
    MatchingParticipant me = participants.byToken(token);
    long eventId = participants.eventOf(me.id());
    TrainingEvent event = events.find(eventId);
    List<MatchingParticipant> others = participants.otherSide(eventId, me.side());
    List<MatchingMeetingView> meetings =
        meetings(eventId).stream()
            .filter(m -> m.requesterId() == me.id() || m.inviteeId() == me.id())
            .toList();
    return new MatchingParticipantPage(me, eventId, event.title(), others, meetings);
  }

  /** A participant asks one of the other side for a meeting. */
  public long request(String token, long inviteeId) {
    MatchingParticipant me = participants.byToken(token);
    Map<String, Object> invitee =
        jdbc
            .sql("select event_id, side from matching_participant where id = ?")
            .param(inviteeId)
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("participant", inviteeId));
    long eventId = participants.eventOf(me.id());
    if (((Number) invitee.get("event_id")).longValue() != eventId) {
      throw new NotFoundException("participant", inviteeId);
    }
    if (me.side().equals(invitee.get("side"))) {
      throw new InvalidInputException("inviteeId", "matching.sameSide");
    }
    long id;
    try {
      id =
          jdbc.sql(
                  """
              insert into matching_meeting (event_id, requester_id, invitee_id, created_at,
                pair_low, pair_high)
              values (?, ?, ?, ?, least(?, ?), greatest(?, ?)) returning id""")
              .params(
                  eventId,
                  me.id(),
                  inviteeId,
                  Timestamp.from(clock.instant()),
                  me.id(),
                  inviteeId,
                  me.id(),
                  inviteeId)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("inviteeId", "matching.alreadyRequested");
    }
    publisher.publishEvent(new MeetingEvents.MeetingRequested(id, eventId, me.id(), inviteeId));
    return id;
  }

  /** The invitee turns a request down. */
  @Transactional
  public void decline(String token, long meetingId) {
    MatchingParticipant me = participants.byToken(token);
    MatchingMeeting meeting =
        store.lock(meetingId).filter(m -> m.inviteeId() == me.id()).orElse(null);
    if (meeting == null) {
      throw new NotFoundException("meeting", meetingId);
    }
    publisher.publishEvent(meeting.decline());
    store.save(meeting);
  }

  /** Meetings of an event of the officer's scope, by slot and table. */
  public List<MatchingMeetingView> meetings(Actor by, long eventId) {
    matchingEvent(events.findInScope(by, eventId));
    return meetings(eventId);
  }

  public List<MatchingParticipant> participants(Actor by, long eventId) {
    matchingEvent(events.findInScope(by, eventId));
    return participants.ofEvent(eventId);
  }

  List<MatchingMeetingView> meetings(long eventId) {
    return views.of(eventId, setup(eventId));
  }

  static TrainingEvent matchingEvent(TrainingEvent event) {
    if (event.type() != EventType.BUSINESS_MATCHING) {
      throw new ConflictException("type", "matching.notMatching");
    }
    return event;
  }
}
