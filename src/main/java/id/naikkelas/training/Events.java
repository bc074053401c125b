package id.naikkelas.training;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import java.sql.Date;
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
import tools.jackson.databind.json.JsonMapper;

/** Programmes and their events: officers create them in their scope; the public reads them. */
@Service
public class Events {

  private final JdbcClient jdbc;
  private final EventChecker checker;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final EventRows eventRows;
  private final Clock clock;

  Events(JdbcClient jdbc, EventChecker checker, AuditTrail audit, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.checker = checker;
    this.audit = audit;
    this.json = json;
    this.eventRows = new EventRows(json);
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
                + EventRows.COLUMNS
                + " from training_event e left join training_programme p on p.id = e.programme_id"
                + " where e.id = ?")
        .param(id)
        .query(eventRows)
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
                    + EventRows.COLUMNS
                    + from
                    + where
                    + " order by e.starts_on desc, e.id desc limit ? offset ?")
            .params(all)
            .query(eventRows)
            .list();
    return new PageImpl<>(rows, pageable, total);
  }
}
