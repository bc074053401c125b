package id.naikkelas.licensing;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free-facilitation programmes: opened by an officer inside their scope, read with their counts.
 */
@Service
public class LicensingProgrammes {

  private static final String REGION = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?";

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  LicensingProgrammes(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Transactional
  public ProgrammeView open(Actor by, ProgrammeRequest r) {
    String scope = by.officerScope();
    List<FieldProblem> p = new ArrayList<>();
    String name = FormFields.text(r.name(), "name", 200, true, p);
    if (r.kind() == null) {
      p.add(new FieldProblem("kind", "field.required"));
    }
    if (r.year() == null || r.year() < 2000 || r.year() > 2100) {
      p.add(new FieldProblem("year", "licensing.year.invalid"));
    }
    if (r.quota() == null || r.quota() < 0 || r.quota() > 1_000_000) {
      p.add(new FieldProblem("quota", "licensing.programme.quotaRange", 1_000_000));
    }
    if (r.regionScope() == null || !r.regionScope().matches(REGION)) {
      p.add(new FieldProblem("regionScope", "licensing.programme.region"));
    } else if (!RegionScope.covers(scope, r.regionScope())) {
      p.add(new FieldProblem("regionScope", "licensing.programme.outsideScope", scope));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    long id =
        jdbc.sql(
                """
                insert into licensing_programme (name, kind, year, quota, region_scope)
                values (?, ?, ?, ?, ?) returning id""")
            .param(name)
            .param(r.kind().name())
            .param(r.year())
            .param(r.quota())
            .param(r.regionScope())
            .query(Long.class)
            .single();
    audit.record(
        AuditAction.CREATE,
        "licensing-programme",
        id,
        r.regionScope(),
        null,
        Map.of("name", name, "kind", r.kind().name(), "year", r.year(), "quota", r.quota()));
    return find(by, id);
  }

  @Transactional(readOnly = true)
  public ProgrammeView find(Actor by, long id) {
    String scope = by.officerScope();
    return load(id)
        .filter(v -> RegionScope.covers(scope, v.regionScope()))
        .orElseThrow(() -> new NotFoundException("licensingProgramme", id));
  }

  /** Programmes of the caller's scope (and those covering it), newest year first. */
  @Transactional(readOnly = true)
  public List<ProgrammeView> list(Actor by) {
    String scope = by.officerScope();
    return counted(
            jdbc.sql(
                SELECT
                    + " where "
                    + RegionScope.sql("p.region_scope")
                    + " or "
                    + RegionScope.sqlWithin("p.region_scope")
                    + " order by p.year desc, p.name"))
        .param(scope)
        .param(scope)
        .param(scope)
        .param(scope)
        .query(ProgrammeView.class)
        .list();
  }

  /**
   * The year's programmes, for the application form's choice: names and places are public
   * information; joining checks that the programme covers the business.
   */
  @Transactional(readOnly = true)
  public List<ProgrammeView> ofYear(int year) {
    return counted(jdbc.sql(SELECT + " where p.year = ? order by p.kind, p.name"))
        .param(year)
        .query(ProgrammeView.class)
        .list();
  }

  Optional<ProgrammeView> load(long id) {
    return counted(jdbc.sql(SELECT + " where p.id = ?"))
        .param(id)
        .query(ProgrammeView.class)
        .optional();
  }

  /** Binds the states the waiting count reads, the statement's first parameters. */
  private static JdbcClient.StatementSpec counted(JdbcClient.StatementSpec statement) {
    return statement
        .param(ProgrammePlace.WAITING.name())
        .param(RequestStatus.IN_PROGRESS.name())
        .param(RequestStatus.RETURNED.name());
  }

  private static final String SELECT =
      """
      select p.id, p.name, p.kind, p.year, p.quota, p.region_scope, p.places_taken,
        (select count(*) from licensing_request r
         where r.programme_id = p.id and r.programme_place = ? and r.status in (?, ?)) as waiting
      from licensing_programme p""";
}
