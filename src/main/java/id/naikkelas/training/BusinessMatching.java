package id.naikkelas.training;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.AddressThrottle;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.RandomCodes;
import id.naikkelas.registry.Contacts;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business matching (Temu Usaha): UMKM and buyers join an event, each side asks the other for
 * meetings, the organiser schedules them into time slots at tables, and each meeting's outcome (an
 * MoU, a contract and its value) is followed until it is realised or dropped.
 */
@Service
public class BusinessMatching {

  public record Setup(
      String day, String firstSlot, Integer slotMinutes, Integer slots, Integer tables) {}

  public record Join(
      String side,
      String kind,
      String name,
      String organisation,
      String country,
      String contact,
      String interests,
      String website) {}

  public record Participant(
      long id,
      String side,
      String kind,
      String name,
      String organisation,
      String country,
      String interests) {}

  public record Meeting(
      long id,
      long requesterId,
      String requester,
      long inviteeId,
      String invitee,
      String status,
      Integer slot,
      LocalTime startsAt,
      Integer table,
      String outcomeKind,
      BigDecimal outcomeValue,
      String outcomeCurrency,
      String outcomeStatus) {}

  public record Outcome(
      String kind, BigDecimal value, String currency, String status, String note) {}

  public record Report(
      Map<String, Long> participants,
      long requested,
      long confirmed,
      long declined,
      long mous,
      long contracts,
      Map<String, BigDecimal> agreedValue,
      Map<String, BigDecimal> realisedValue) {}

  /** What a participant sees on their own page. */
  public record Mine(
      Participant me,
      long eventId,
      String eventTitle,
      List<Participant> others,
      List<Meeting> meetings) {}

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Set<String> BUYER_KINDS =
      Set.of("COMPANY", "EXPORTER", "RETAILER", "BANK", "OTHER");

  private final JdbcClient jdbc;
  private final Events events;
  private final PersonalDataCipher cipher;
  private final AuditTrail audit;
  private final Clock clock;
  private final AddressThrottle throttle;

  BusinessMatching(
      JdbcClient jdbc,
      Events events,
      PersonalDataCipher cipher,
      AuditTrail audit,
      Clock clock,
      @Value("${naikkelas.training.registrations-per-minute:30}") int perMinute) {
    this.jdbc = jdbc;
    this.events = events;
    this.cipher = cipher;
    this.audit = audit;
    this.clock = clock;
    this.throttle = new AddressThrottle(perMinute);
  }

  /** The day's time slots and tables, set by the organiser. */
  @Transactional
  public void setUp(Actor by, long eventId, Setup s) {
    TrainingEvent event = matchingEvent(events.findInScope(by, eventId));
    List<FieldProblem> p = new ArrayList<>();
    LocalDate day = null;
    LocalTime first = null;
    try {
      day = LocalDate.parse(s.day() == null ? "" : s.day().strip());
    } catch (DateTimeParseException e) {
      p.add(new FieldProblem("day", "training.date.invalid"));
    }
    try {
      first = LocalTime.parse(s.firstSlot() == null ? "" : s.firstSlot().strip());
    } catch (DateTimeParseException e) {
      p.add(new FieldProblem("firstSlot", "matching.time.invalid"));
    }
    range(s.slotMinutes(), "slotMinutes", 5, 240, p);
    range(s.slots(), "slots", 1, 100, p);
    range(s.tables(), "tables", 1, 500, p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    jdbc.sql(
            """
            insert into matching_setup (event_id, day, first_slot, slot_minutes, slots, tables)
            values (?, ?, ?, ?, ?, ?)
            on conflict (event_id) do update set day = excluded.day,
              first_slot = excluded.first_slot, slot_minutes = excluded.slot_minutes,
              slots = excluded.slots, tables = excluded.tables""")
        .params(
            eventId, Date.valueOf(day), Time.valueOf(first), s.slotMinutes(), s.slots(), s.tables())
        .update();
    audit.record(
        AuditAction.UPDATE,
        "event",
        eventId,
        event.regionScope(),
        null,
        Map.of("matchingSlots", s.slots(), "tables", s.tables()));
  }

  public Optional<Setup> setup(long eventId) {
    return jdbc.sql(
            "select day, first_slot, slot_minutes, slots, tables from matching_setup where event_id = ?")
        .param(eventId)
        .query(
            (rs, n) ->
                new Setup(
                    rs.getDate(1).toLocalDate().toString(),
                    rs.getTime(2).toLocalTime().toString(),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5)))
        .optional();
  }

  /** A UMKM or a buyer joins (public); answers the participant's private token. */
  public String join(long eventId, Join j, String clientAddress) {
    throttle.check(clientAddress);
    TrainingEvent event = matchingEvent(events.find(eventId));
    if (event.closedAt(clock.instant()) || clock.instant().isBefore(event.registrationOpens())) {
      throw new ConflictException("event", "training.registration.closed");
    }
    List<FieldProblem> p = new ArrayList<>();
    if (j.website() != null && !j.website().isBlank()) {
      p.add(new FieldProblem("website", "selfRegistration.rejected"));
    }
    String side = j.side() == null ? "" : j.side().strip().toUpperCase(Locale.ROOT);
    if (!side.equals("UMKM") && !side.equals("BUYER")) {
      p.add(new FieldProblem("side", "field.choice", String.valueOf(j.side())));
    }
    String kind = "UMKM";
    if (side.equals("BUYER")) {
      kind = j.kind() == null ? "" : j.kind().strip().toUpperCase(Locale.ROOT);
      if (!BUYER_KINDS.contains(kind)) {
        p.add(new FieldProblem("kind", "field.choice", String.valueOf(j.kind())));
      }
    }
    String name = FormFields.name(j.name(), "name", 120, true, p);
    String organisation = FormFields.name(j.organisation(), "organisation", 200, true, p);
    String country =
        FormFields.blank(j.country()) ? "ID" : j.country().strip().toUpperCase(Locale.ROOT);
    if (!COUNTRY.matcher(country).matches()) {
      p.add(new FieldProblem("country", "matching.country.invalid"));
    }
    String contact = contact(j.contact(), p);
    String interests = FormFields.text(j.interests(), "interests", 500, false, p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    String token = RandomCodes.of(10);
    try {
      jdbc.sql(
              """
              insert into matching_participant (event_id, side, kind, name, organisation, country,
                contact_cipher, contact_hash, contact_masked, interests, token, created_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              eventId,
              side,
              kind,
              name,
              organisation,
              country,
              cipher.encrypt(contact),
              cipher.hash(contact),
              Contacts.mask(contact),
              interests,
              token,
              Timestamp.from(clock.instant()))
          .update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("contact", "matching.contact.taken");
    }
    return token;
  }

  public Mine mine(String token) {
    Participant me = participantByToken(token);
    long eventId =
        jdbc.sql("select event_id from matching_participant where id = ?")
            .param(me.id())
            .query(Long.class)
            .single();
    TrainingEvent event = events.find(eventId);
    List<Participant> others =
        jdbc.sql(
                "select id, side, kind, name, organisation, country, interests"
                    + " from matching_participant where event_id = ? and side <> ? order by organisation")
            .params(eventId, me.side())
            .query(BusinessMatching::participant)
            .list();
    List<Meeting> meetings =
        meetings(eventId).stream()
            .filter(m -> m.requesterId() == me.id() || m.inviteeId() == me.id())
            .toList();
    return new Mine(me, eventId, event.title(), others, meetings);
  }

  /** A participant asks one of the other side for a meeting. */
  public long request(String token, long inviteeId) {
    Participant me = participantByToken(token);
    Map<String, Object> invitee =
        jdbc
            .sql("select event_id, side from matching_participant where id = ?")
            .param(inviteeId)
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("participant", inviteeId));
    long eventId =
        jdbc.sql("select event_id from matching_participant where id = ?")
            .param(me.id())
            .query(Long.class)
            .single();
    if (((Number) invitee.get("event_id")).longValue() != eventId) {
      throw new NotFoundException("participant", inviteeId);
    }
    if (me.side().equals(invitee.get("side"))) {
      throw new InvalidInputException("inviteeId", "matching.sameSide");
    }
    try {
      return jdbc.sql(
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
  }

  /** The invitee turns a request down. */
  public void decline(String token, long meetingId) {
    Participant me = participantByToken(token);
    int changed =
        jdbc.sql(
                "update matching_meeting set status = 'DECLINED' where id = ? and invitee_id = ?"
                    + " and status = 'REQUESTED'")
            .params(meetingId, me.id())
            .update();
    if (changed == 0) {
      throw new NotFoundException("meeting", meetingId);
    }
  }

  /**
   * Puts every open request into the earliest slot where both people are free and a table is free,
   * oldest request first. Requests that fit nowhere stay open; the answer says how many.
   */
  @Transactional
  public Map<String, Integer> schedule(Actor by, long eventId) {
    TrainingEvent event = matchingEvent(events.findInScope(by, eventId));
    Setup s = setup(eventId).orElseThrow(() -> new ConflictException("setup", "matching.noSetup"));
    jdbc.sql("select id from training_event where id = ? for update")
        .param(eventId)
        .query(Long.class)
        .single();
    Map<Integer, Set<Long>> busy = new HashMap<>();
    Map<Integer, Set<Integer>> tablesTaken = new HashMap<>();
    jdbc.sql(
            "select slot_no, table_no, requester_id, invitee_id from matching_meeting"
                + " where event_id = ? and status = 'CONFIRMED'")
        .param(eventId)
        .query()
        .listOfRows()
        .forEach(
            r -> {
              int slot = ((Number) r.get("slot_no")).intValue();
              busy.computeIfAbsent(slot, k -> new HashSet<>())
                  .addAll(
                      List.of(
                          ((Number) r.get("requester_id")).longValue(),
                          ((Number) r.get("invitee_id")).longValue()));
              tablesTaken
                  .computeIfAbsent(slot, k -> new HashSet<>())
                  .add(((Number) r.get("table_no")).intValue());
            });
    List<long[]> open =
        jdbc.sql(
                "select id, requester_id, invitee_id from matching_meeting where event_id = ?"
                    + " and status = 'REQUESTED' order by created_at, id")
            .param(eventId)
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
            .list();
    int scheduled = 0;
    for (long[] m : open) {
      for (int slot = 1; slot <= s.slots(); slot++) {
        Set<Long> people = busy.computeIfAbsent(slot, k -> new HashSet<>());
        Set<Integer> taken = tablesTaken.computeIfAbsent(slot, k -> new HashSet<>());
        if (people.contains(m[1]) || people.contains(m[2]) || taken.size() >= s.tables()) {
          continue;
        }
        int table = 1;
        while (taken.contains(table)) {
          table++;
        }
        jdbc.sql(
                "update matching_meeting set status = 'CONFIRMED', slot_no = ?, table_no = ?"
                    + " where id = ?")
            .params(slot, table, m[0])
            .update();
        people.add(m[1]);
        people.add(m[2]);
        taken.add(table);
        scheduled++;
        break;
      }
    }
    Map<String, Integer> result = new LinkedHashMap<>();
    result.put("scheduled", scheduled);
    result.put("unscheduled", open.size() - scheduled);
    audit.record(AuditAction.UPDATE, "event", eventId, event.regionScope(), null, result);
    return result;
  }

  /** Meetings of an event of the officer's scope, by slot and table. */
  public List<Meeting> meetings(Actor by, long eventId) {
    matchingEvent(events.findInScope(by, eventId));
    return meetings(eventId);
  }

  public List<Participant> participants(Actor by, long eventId) {
    matchingEvent(events.findInScope(by, eventId));
    return jdbc.sql(
            "select id, side, kind, name, organisation, country, interests from matching_participant"
                + " where event_id = ? order by side desc, organisation")
        .param(eventId)
        .query(BusinessMatching::participant)
        .list();
  }

  /** Records or updates the outcome of a confirmed meeting (an MoU, a contract, its value). */
  @Transactional
  public void recordOutcome(Actor by, long eventId, long meetingId, Outcome o) {
    TrainingEvent event = matchingEvent(events.findInScope(by, eventId));
    String status =
        jdbc.sql("select status from matching_meeting where id = ? and event_id = ?")
            .params(meetingId, eventId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("meeting", meetingId));
    if (!"CONFIRMED".equals(status)) {
      throw new ConflictException("meeting", "matching.notConfirmed");
    }
    List<FieldProblem> p = new ArrayList<>();
    String kind = upper(o.kind());
    if (!Set.of("MOU", "CONTRACT", "NONE").contains(kind)) {
      p.add(new FieldProblem("kind", "field.choice", String.valueOf(o.kind())));
    }
    String state = upper(o.status());
    if (!Set.of("FOLLOW_UP", "REALISED", "DROPPED").contains(state)) {
      p.add(new FieldProblem("status", "field.choice", String.valueOf(o.status())));
    }
    if (o.value() != null && o.value().signum() < 0) {
      p.add(new FieldProblem("value", "matching.value.negative"));
    }
    String currency =
        o.value() == null ? null : (FormFields.blank(o.currency()) ? "IDR" : upper(o.currency()));
    if (currency != null && !CURRENCY.matcher(currency).matches()) {
      p.add(new FieldProblem("currency", "matching.currency.invalid"));
    }
    String note = FormFields.text(o.note(), "note", 500, false, p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    jdbc.sql(
            """
            insert into matching_outcome (meeting_id, kind, value, currency, status, note,
              updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (meeting_id) do update set kind = excluded.kind, value = excluded.value,
              currency = excluded.currency, status = excluded.status, note = excluded.note,
              updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
        .params(
            meetingId,
            kind,
            o.value(),
            currency,
            state,
            note,
            Timestamp.from(clock.instant()),
            by.username())
        .update();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("kind", kind);
    after.put("value", o.value());
    after.put("currency", currency);
    after.put("status", state);
    audit.record(
        AuditAction.UPDATE, "matching-meeting", meetingId, event.regionScope(), null, after);
  }

  public Report report(Actor by, long eventId) {
    matchingEvent(events.findInScope(by, eventId));
    Map<String, Long> participants = new LinkedHashMap<>();
    jdbc.sql(
            "select side, count(*) from matching_participant where event_id = ? group by side order by side desc")
        .param(eventId)
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .forEach(e -> participants.put(e.getKey(), e.getValue()));
    Map<String, Object> counts =
        jdbc.sql(
                """
                select count(*) filter (where m.status = 'REQUESTED') as requested,
                  count(*) filter (where m.status = 'CONFIRMED') as confirmed,
                  count(*) filter (where m.status = 'DECLINED') as declined,
                  count(*) filter (where o.kind = 'MOU') as mous,
                  count(*) filter (where o.kind = 'CONTRACT') as contracts
                from matching_meeting m left join matching_outcome o on o.meeting_id = m.id
                where m.event_id = ?""")
            .param(eventId)
            .query()
            .singleRow();
    return new Report(
        participants,
        ((Number) counts.get("requested")).longValue(),
        ((Number) counts.get("confirmed")).longValue(),
        ((Number) counts.get("declined")).longValue(),
        ((Number) counts.get("mous")).longValue(),
        ((Number) counts.get("contracts")).longValue(),
        sums(eventId, "o.status <> 'DROPPED'"),
        sums(eventId, "o.status = 'REALISED'"));
  }

  private Map<String, BigDecimal> sums(long eventId, String condition) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    jdbc.sql(
            "select o.currency, sum(o.value) from matching_outcome o join matching_meeting m"
                + " on m.id = o.meeting_id where m.event_id = ? and o.value is not null and "
                + condition
                + " group by o.currency order by o.currency")
        .param(eventId)
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
        .list()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private List<Meeting> meetings(long eventId) {
    Optional<Setup> s = setup(eventId);
    return jdbc.sql(
            """
            select m.id, m.requester_id, r.organisation as requester, m.invitee_id,
              i.organisation as invitee, m.status, m.slot_no, m.table_no, o.kind, o.value,
              o.currency, o.status as outcome_status
            from matching_meeting m
            join matching_participant r on r.id = m.requester_id
            join matching_participant i on i.id = m.invitee_id
            left join matching_outcome o on o.meeting_id = m.id
            where m.event_id = ? order by m.slot_no nulls last, m.table_no, m.id""")
        .param(eventId)
        .query(
            (rs, n) -> {
              Integer slot = (Integer) rs.getObject("slot_no");
              LocalTime starts =
                  slot == null || s.isEmpty()
                      ? null
                      : LocalTime.parse(s.get().firstSlot())
                          .plusMinutes((long) (slot - 1) * s.get().slotMinutes());
              return new Meeting(
                  rs.getLong("id"),
                  rs.getLong("requester_id"),
                  rs.getString("requester"),
                  rs.getLong("invitee_id"),
                  rs.getString("invitee"),
                  rs.getString("status"),
                  slot,
                  starts,
                  (Integer) rs.getObject("table_no"),
                  rs.getString("kind"),
                  rs.getBigDecimal("value"),
                  rs.getString("currency"),
                  rs.getString("outcome_status"));
            })
        .list();
  }

  private Participant participantByToken(String token) {
    if (token == null || !token.matches("[A-Z2-9]{10}")) {
      throw new NotFoundException("participant", token);
    }
    return jdbc.sql(
            "select id, side, kind, name, organisation, country, interests from matching_participant"
                + " where token = ?")
        .param(token)
        .query(BusinessMatching::participant)
        .optional()
        .orElseThrow(() -> new NotFoundException("participant", token));
  }

  private static Participant participant(java.sql.ResultSet rs, int n)
      throws java.sql.SQLException {
    return new Participant(
        rs.getLong("id"),
        rs.getString("side"),
        rs.getString("kind"),
        rs.getString("name"),
        rs.getString("organisation"),
        rs.getString("country"),
        rs.getString("interests"));
  }

  private static TrainingEvent matchingEvent(TrainingEvent event) {
    if (event.type() != EventType.BUSINESS_MATCHING) {
      throw new ConflictException("type", "matching.notMatching");
    }
    return event;
  }

  private static String contact(String given, List<FieldProblem> p) {
    if (FormFields.blank(given)) {
      p.add(new FieldProblem("contact", "field.required"));
      return null;
    }
    Optional<String> contact = Contacts.normalise(given);
    if (contact.isEmpty()) {
      p.add(new FieldProblem("contact", "matching.contact.invalid"));
      return null;
    }
    return contact.get();
  }

  private static void range(Integer v, String field, int min, int max, List<FieldProblem> p) {
    if (v == null || v < min || v > max) {
      p.add(new FieldProblem(field, "training.number.range", min, max));
    }
  }

  private static String upper(String s) {
    return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
  }
}
