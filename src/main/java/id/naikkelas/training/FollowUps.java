package id.naikkelas.training;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.training.registration.RegistrationStatus;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Follow-up surveys 3 and 6 months after an event: did the participant start a business, obtain a
 * permit, sell online, and how did sales change. Candidates who came without a business and report
 * one started are the "new entrepreneurs created", counted against the target.
 */
@Service
public class FollowUps {

  /** One answered survey. */
  public record Answers(
      Integer wave,
      Boolean startedBusiness,
      Boolean obtainedPermit,
      Boolean sellsOnline,
      BigDecimal salesChangePct) {}

  /** The outcome figures of a scope. */
  public record Outcomes(
      long participants,
      long surveysDue,
      long surveysAnswered,
      long newEntrepreneurs,
      long target,
      long obtainedPermit,
      long sellsOnline) {}

  private final JdbcClient jdbc;
  private final Events events;
  private final Clock clock;
  private final long target;

  FollowUps(
      JdbcClient jdbc,
      Events events,
      Clock clock,
      @Value("${naikkelas.training.new-entrepreneur-target:10000}") long target) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
    this.target = target;
  }

  /** An officer records a participant's answers (by phone or at a visit). */
  public void recordByOfficer(Actor by, long eventId, long registrationId, Answers a) {
    events.findInScope(by, eventId);
    Long id =
        jdbc.sql(
                "select id from training_registration where id = ? and event_id = ?"
                    + " and status = ?")
            .params(registrationId, eventId, RegistrationStatus.CONFIRMED.name())
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("registration", registrationId));
    store(id, a, by.username());
  }

  /** The participant answers through the link on their ticket. */
  public void recordByTicket(String ticket, Answers a) {
    Long id =
        jdbc.sql("select id from training_registration where ticket = ? and status = ?")
            .params(ticket, RegistrationStatus.CONFIRMED.name())
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("ticket", ticket));
    store(id, a, "participant");
  }

  private void store(long registrationId, Answers a, String by) {
    List<FieldProblem> p = new ArrayList<>();
    if (a.wave() == null || (a.wave() != 3 && a.wave() != 6)) {
      p.add(new FieldProblem("wave", "training.followUp.wave"));
    }
    if (a.startedBusiness() == null) {
      p.add(new FieldProblem("startedBusiness", "field.required"));
    }
    if (a.obtainedPermit() == null) {
      p.add(new FieldProblem("obtainedPermit", "field.required"));
    }
    if (a.sellsOnline() == null) {
      p.add(new FieldProblem("sellsOnline", "field.required"));
    }
    if (a.salesChangePct() != null
        && (a.salesChangePct().compareTo(BigDecimal.valueOf(-100)) < 0
            || a.salesChangePct().compareTo(BigDecimal.valueOf(10000)) > 0)) {
      p.add(new FieldProblem("salesChangePct", "training.followUp.salesChange"));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    try {
      jdbc.sql(
              """
              insert into training_follow_up (registration_id, wave, started_business,
                obtained_permit, sells_online, sales_change_pct, answered_at, recorded_by)
              values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              registrationId,
              a.wave(),
              a.startedBusiness(),
              a.obtainedPermit(),
              a.sellsOnline(),
              a.salesChangePct(),
              Timestamp.from(clock.instant()),
              by)
          .update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("wave", "training.followUp.already");
    }
  }

  /** Participants with at least one session attended, their surveys, and the new entrepreneurs. */
  public Outcomes outcomes(Actor by) {
    String scope = by.officerScope();
    LocalDate today = LocalDate.now(clock.withZone(EventChecker.WIB));
    String inScope =
        " from training_registration r join training_event e on e.id = r.event_id"
            + " where (e.region_scope = ? or e.region_scope like ?) and r.status = ?"
            + " and exists (select 1 from training_attendance a where a.registration_id = r.id)";
    Object[] s = {scope, scope + ".%", RegistrationStatus.CONFIRMED.name()};
    long participants = jdbc.sql("select count(*)" + inScope).params(s).query(Long.class).single();
    long due =
        jdbc.sql(
                "select coalesce(sum(case when e.ends_on <= ? then 1 else 0 end"
                    + " + case when e.ends_on <= ? then 1 else 0 end), 0)"
                    + inScope)
            .params(
                java.sql.Date.valueOf(today.minusMonths(3)),
                java.sql.Date.valueOf(today.minusMonths(6)),
                scope,
                scope + ".%",
                RegistrationStatus.CONFIRMED.name())
            .query(Long.class)
            .single();
    String answered =
        inScope.replace(" where ", " join training_follow_up f on f.registration_id = r.id where ");
    long surveys = jdbc.sql("select count(*)" + answered).params(s).query(Long.class).single();
    long created =
        jdbc.sql(
                "select count(distinct r.nik_hash)"
                    + answered
                    + " and r.new_entrepreneur and f.started_business")
            .params(s)
            .query(Long.class)
            .single();
    long permit =
        jdbc.sql("select count(distinct r.id)" + answered + " and f.obtained_permit")
            .params(s)
            .query(Long.class)
            .single();
    long online =
        jdbc.sql("select count(distinct r.id)" + answered + " and f.sells_online")
            .params(s)
            .query(Long.class)
            .single();
    return new Outcomes(participants, due, surveys, created, target, permit, online);
  }
}
