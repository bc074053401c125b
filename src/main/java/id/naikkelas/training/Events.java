package id.naikkelas.training;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Programmes and their events: officers create them in their scope; the public reads them. */
@Service
public class Events {

  static final String COLUMNS =
      """
      e.id, p.name as programme, e.title, e.type, e.mode, e.description, e.starts_on, e.ends_on,
      e.sessions, e.min_sessions, e.place, e.online_link, e.organiser, e.partners, e.quota,
      e.registration_opens, e.registration_closes, e.region_scope, e.eligible_region,
      e.eligible_sizes, e.eligible_kbli, e.audience, e.questions::text as questions, e.criteria::text as criteria,
      e.registered_count, e.confirmed_count, e.selection_state""";

  private final JdbcClient jdbc;
  private final EventChecker checker;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;

  Events(JdbcClient jdbc, EventChecker checker, AuditTrail audit, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.checker = checker;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public long create(Actor by, EventDraft draft) {
    return create(by, draft, List.of());
  }

  /**
   * An event from a form: {@code unreadable} are the fields whose text did not parse, refused
   * together with the draft's other problems.
   */
  @Transactional
  public long create(Actor by, EventDraft draft, List<FieldProblem> unreadable) {
    by.officerScope();
    EventChecker.Checked c = checker.check(draft, by, unreadable);
    Long programmeId = c.programme() == null ? null : programme(c.programme(), c.regionScope());
    long id =
        jdbc.sql(
                """
                insert into training_event (programme_id, title, type, mode, description,
                  starts_on, ends_on, sessions, min_sessions, place, online_link, organiser,
                  partners, quota, registration_opens, registration_closes, region_scope,
                  eligible_region, eligible_sizes, eligible_kbli, audience, questions, criteria, created_by,
                  created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                  cast(? as jsonb), cast(? as jsonb), ?, ?)
                returning id""")
            .params(
                programmeId,
                c.title(),
                c.type().name(),
                c.mode().name(),
                c.description(),
                Date.valueOf(c.startsOn()),
                Date.valueOf(c.endsOn()),
                c.sessions(),
                c.minSessions(),
                c.place(),
                c.onlineLink(),
                c.organiser(),
                c.partners(),
                c.quota(),
                Timestamp.from(c.opens()),
                Timestamp.from(c.closes()),
                c.regionScope(),
                c.eligibleRegion(),
                c.eligibleSizes().toArray(String[]::new),
                c.eligibleKbli().toArray(String[]::new),
                c.audience().name(),
                json.writeValueAsString(c.questions()),
                json.writeValueAsString(c.criteria()),
                by.username(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("title", c.title());
    after.put("type", c.type());
    after.put("mode", c.mode());
    after.put("quota", c.quota());
    audit.record(AuditAction.CREATE, "event", id, c.regionScope(), null, after);
    return id;
  }

  private long programme(String name, String scope) {
    return jdbc.sql("select id from training_programme where name = ? and region_scope = ? limit 1")
        .params(name, scope)
        .query(Long.class)
        .optional()
        .orElseGet(
            () ->
                jdbc.sql(
                        "insert into training_programme (name, region_scope, created_at)"
                            + " values (?, ?, ?) returning id")
                    .params(name, scope, Timestamp.from(clock.instant()))
                    .query(Long.class)
                    .single());
  }

  /** Closes registration now (an officer ends it early, or before selecting). */
  @Transactional
  public void closeNow(Actor by, long id) {
    TrainingEvent e = findInScope(by, id);
    java.time.Instant now = clock.instant();
    if (e.closedAt(now)) {
      return;
    }
    jdbc.sql(
            "update training_event set registration_closes = greatest(?, registration_opens"
                + " + interval '1 millisecond') where id = ?")
        .params(Timestamp.from(now), id)
        .update();
    recent.invalidate(id);
    audit.record(
        AuditAction.UPDATE,
        "event",
        id,
        e.regionScope(),
        Map.of("registrationCloses", e.registrationCloses().toString()),
        Map.of("registrationCloses", now.toString()));
  }

  /**
   * An event for the registration path, kept in memory for a few seconds: a rush reads it thousands
   * of times a second. The statement that decides a place checks the window and the state again on
   * the row itself, so a stale copy can only cost a clearer error message.
   */
  public TrainingEvent forRegistration(long id) {
    return recent.get(id, this::find);
  }

  private final com.github.benmanes.caffeine.cache.Cache<Long, TrainingEvent> recent =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
          .expireAfterWrite(java.time.Duration.ofSeconds(5))
          .maximumSize(1_000)
          .build();

  /** Any event by id: events are public (their registrations are not). */
  public TrainingEvent find(long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from training_event e left join training_programme p on p.id = e.programme_id"
                + " where e.id = ?")
        .param(id)
        .query(this::event)
        .optional()
        .orElseThrow(() -> new NotFoundException("event", id));
  }

  /** An event the officer may run: outside their scope it does not exist for them. */
  public TrainingEvent findInScope(Actor by, long id) {
    String scope = by.officerScope();
    TrainingEvent e = find(id);
    if (!RegionScope.covers(scope, e.regionScope())) {
      throw new NotFoundException("event", id);
    }
    return e;
  }

  /** Events of the officer's scope, newest first. */
  public Page<TrainingEvent> inScope(Actor by, Pageable pageable) {
    String scope = by.officerScope();
    return page(
        " where (e.region_scope = ? or e.region_scope like ?)", pageable, scope, scope + ".%");
  }

  /** Events whose registration has not closed, soonest first, for the public list. */
  public Page<TrainingEvent> upcoming(Pageable pageable) {
    return page(" where e.registration_closes > ?", pageable, Timestamp.from(clock.instant()));
  }

  private Page<TrainingEvent> page(String where, Pageable pageable, Object... params) {
    String from = " from training_event e left join training_programme p on p.id = e.programme_id";
    long total =
        jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
    Object[] all = Arrays.copyOf(params, params.length + 2);
    all[params.length] = pageable.getPageSize();
    all[params.length + 1] = pageable.getOffset();
    List<TrainingEvent> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + from
                    + where
                    + " order by e.starts_on desc, e.id desc limit ? offset ?")
            .params(all)
            .query(this::event)
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  TrainingEvent event(ResultSet rs, int n) throws SQLException {
    return new TrainingEvent(
        rs.getLong("id"),
        rs.getString("programme"),
        rs.getString("title"),
        EventType.valueOf(rs.getString("type")),
        EventMode.valueOf(rs.getString("mode")),
        rs.getString("description"),
        rs.getDate("starts_on").toLocalDate(),
        rs.getDate("ends_on").toLocalDate(),
        rs.getInt("sessions"),
        rs.getInt("min_sessions"),
        rs.getString("place"),
        rs.getString("online_link"),
        rs.getString("organiser"),
        rs.getString("partners"),
        rs.getInt("quota"),
        rs.getTimestamp("registration_opens").toInstant(),
        rs.getTimestamp("registration_closes").toInstant(),
        rs.getString("region_scope"),
        rs.getString("eligible_region"),
        strings(rs.getArray("eligible_sizes")),
        strings(rs.getArray("eligible_kbli")),
        Audience.valueOf(rs.getString("audience")),
        json.readValue(rs.getString("questions"), new TypeReference<List<Question>>() {}),
        json.readValue(rs.getString("criteria"), new TypeReference<Map<String, BigDecimal>>() {}),
        rs.getInt("registered_count"),
        rs.getInt("confirmed_count"),
        rs.getString("selection_state"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
