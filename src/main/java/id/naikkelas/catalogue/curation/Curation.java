package id.naikkelas.catalogue.curation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Curation rounds for a partner or an event (a modern retailer, a Bank Indonesia expo): weighted
 * criteria, products submitted by owners or officers, scores 0–10 per criterion with feedback;
 * passing products wear the CURATED badge, and for a retailer the outlets where each sells are
 * recorded. Who sees a round and its submissions: {@link CurationScope}; the lists and the report,
 * filtered by the caller's scope: {@link CurationBoard}.
 */
@NamedInterface("curation")
@Service
public class Curation {

  /** One weighted criterion of a round; checked by {@link #open}, which names the bad key. */
  public record CurationCriterion(
      @Schema(requiredMode = REQUIRED, pattern = CRITERION_KEY, example = "packaging") String key,
      @Schema(requiredMode = REQUIRED, maxLength = LABEL_MAX, example = "Kemasan") String label,
      @Schema(requiredMode = REQUIRED, exclusiveMinimumValue = 0, maximum = "100")
          BigDecimal weight) {}

  /** A round to open; checked whole by {@link #open}. */
  public record CurationRoundRequest(
      @Schema(requiredMode = REQUIRED, maxLength = TITLE_MAX) String title,
      @Schema(description = "the retail partner the round curates for") Long partnerId,
      @Schema(description = "empty for the five default criteria, equal weights")
          List<CurationCriterion> criteria,
      @Schema(minimum = "0", maximum = "100", description = "70 when absent")
          BigDecimal passScore) {}

  static final String CRITERION_KEY = "[a-z][a-zA-Z0-9]{0,29}";
  static final int LABEL_MAX = 120;
  static final int TITLE_MAX = 200;

  public record CurationSubmissionView(
      long id,
      long roundId,
      long productId,
      String productName,
      String businessName,
      CurationSubmissionState status,
      BigDecimal totalScore,
      String feedback,
      int outlets) {}

  public record CurationReport(
      long submitted, long passed, long businesses, long passedBusinesses, long outlets) {}

  /** The default criteria the issue names, equal weights. */
  public static final List<CurationCriterion> DEFAULT_CRITERIA =
      List.of(
          new CurationCriterion("originality", "Orisinalitas", BigDecimal.ONE),
          new CurationCriterion("supply", "Konsistensi pasokan", BigDecimal.ONE),
          new CurationCriterion("capacity", "Kapasitas produksi", BigDecimal.ONE),
          new CurationCriterion("innovation", "Inovasi", BigDecimal.ONE),
          new CurationCriterion("packaging", "Kemasan", BigDecimal.ONE));

  private final JdbcClient jdbc;
  private final CurationSubmissions submissions;
  private final CurationScope scopes;
  private final CurationRounds rounds;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;

  Curation(
      JdbcClient jdbc,
      CurationSubmissions submissions,
      CurationScope scopes,
      CurationRounds rounds,
      ApplicationEventPublisher events,
      AuditTrail audit,
      JsonMapper json,
      Clock clock) {
    this.jdbc = jdbc;
    this.submissions = submissions;
    this.scopes = scopes;
    this.rounds = rounds;
    this.events = events;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public long open(Actor by, CurationRoundRequest d) {
    String scope = by.officerScope();
    List<FieldProblem> p = new ArrayList<>();
    if (d.title() == null || d.title().isBlank() || d.title().length() > TITLE_MAX) {
      p.add(new FieldProblem("title", "field.required"));
    }
    List<CurationCriterion> criteria =
        d.criteria() == null || d.criteria().isEmpty() ? DEFAULT_CRITERIA : d.criteria();
    Set<String> keys = new HashSet<>();
    for (CurationCriterion c : criteria) {
      if (c.key() == null
          || !c.key().matches(CRITERION_KEY)
          || !keys.add(c.key())
          || c.label() == null
          || c.label().isBlank()
          || c.label().length() > LABEL_MAX
          || c.weight() == null
          || c.weight().signum() <= 0
          || c.weight().compareTo(BigDecimal.valueOf(100)) > 0) {
        p.add(new FieldProblem("criteria", "curation.criterion.invalid", String.valueOf(c.key())));
      }
    }
    BigDecimal pass = d.passScore() == null ? BigDecimal.valueOf(70) : d.passScore();
    if (pass.signum() < 0 || pass.compareTo(BigDecimal.valueOf(100)) > 0) {
      p.add(new FieldProblem("passScore", "curation.passScore"));
    }
    if (d.partnerId() != null
        && jdbc.sql("select 1 from partner where id = ?")
            .param(d.partnerId())
            .query(Integer.class)
            .optional()
            .isEmpty()) {
      p.add(new FieldProblem("partnerId", "curation.partner.unknown", d.partnerId()));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    long id =
        jdbc.sql(
                """
                insert into curation_round (title, partner_id, region_scope, criteria, pass_score,
                  created_by, created_at) values (?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
            .params(
                d.title().strip(),
                d.partnerId(),
                scope,
                json.writeValueAsString(criteria),
                pass,
                by.username(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    audit.record(
        AuditAction.CREATE, "curation-round", id, scope, null, Map.of("title", d.title().strip()));
    return id;
  }

  /**
   * An owner (their product) or an officer (a product in scope) enters a product; see {@link
   * CurationSubmissions#submit}.
   */
  public long submit(Actor by, long roundId, long productId) {
    return submissions.submit(by, roundId, productId);
  }

  /**
   * Scores 0–10 per criterion; the {@link CurationPassRule} decides. Only while the round is open.
   */
  public CurationSubmissionView score(
      Actor by, long submissionId, Map<String, BigDecimal> scores, String feedback) {
    return submissions.score(by, submissionId, scores, feedback);
  }

  /** Where a passed product is sold (for a retailer's round). */
  public void addOutlet(Actor by, long submissionId, String outlet, String city, LocalDate since) {
    submissions.addOutlet(by, submissionId, outlet, city, since);
  }

  /** OPEN → CLOSED, by an officer covering the round; a closed round is refused (409). */
  @Transactional
  public CurationRoundView close(Actor by, long roundId) {
    String scope = by.officerScope();
    if (!RegionScope.covers(scope, scopes.forScorer(by, roundId).regionScope())) {
      throw new NotFoundException("round", roundId);
    }
    CurationRound round = rounds.round(roundId);
    CurationRoundState from = round.state();
    CurationRoundClosed closed = round.close();
    rounds.store(round, from, "close");
    audit.record(
        AuditAction.UPDATE,
        "curation-round",
        roundId,
        round.regionScope(),
        Map.of("status", from.name()),
        Map.of("status", round.state().name()));
    events.publishEvent(closed);
    return view(roundId);
  }

  /** A round as the close action answers it. */
  public CurationRoundView view(long roundId) {
    return jdbc.sql(
            "select id, title, status, region_scope, pass_score from curation_round where id = ?")
        .param(roundId)
        .query(
            (rs, n) ->
                new CurationRoundView(
                    rs.getLong(1),
                    rs.getString(2),
                    CurationRoundState.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getBigDecimal(5)))
        .optional()
        .orElseThrow(() -> new NotFoundException("round", roundId));
  }

  /** Rounds open for products of this district, for an owner choosing where to enter. */
  public List<Map<String, Object>> openFor(String districtCode) {
    return jdbc.sql(
            """
            select r.id, r.title, p.name as partner from curation_round r
            left join partner p on p.id = r.partner_id
            where r.status = ? and"""
                + RegionScope.sqlWithin("r.region_scope")
                + """
            order by r.id desc""")
        .params(CurationRoundState.OPEN.name(), districtCode, districtCode)
        .query()
        .listOfRows();
  }

  public List<CurationCriterion> criteria(long roundId) {
    return submissions.criteria(roundId);
  }
}
