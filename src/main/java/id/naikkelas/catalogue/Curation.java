package id.naikkelas.catalogue;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Curation rounds for a partner or an event (a modern retailer, a Bank Indonesia expo): weighted
 * criteria, products submitted by owners or officers, scores 0–10 per criterion with feedback;
 * passing products wear the CURATED badge, and for a retailer the outlets where each sells are
 * recorded.
 */
@Service
public class Curation {

  public record Criterion(String key, String label, BigDecimal weight) {}

  public record RoundDraft(
      String title, Long partnerId, List<Criterion> criteria, BigDecimal passScore) {}

  public record Submission(
      long id,
      long roundId,
      long productId,
      String productName,
      String businessName,
      String status,
      BigDecimal totalScore,
      String feedback,
      int outlets) {}

  public record Report(
      long submitted, long passed, long businesses, long passedBusinesses, long outlets) {}

  /** The default criteria the issue names, equal weights. */
  public static final List<Criterion> DEFAULT_CRITERIA =
      List.of(
          new Criterion("originality", "Orisinalitas", BigDecimal.ONE),
          new Criterion("supply", "Konsistensi pasokan", BigDecimal.ONE),
          new Criterion("capacity", "Kapasitas produksi", BigDecimal.ONE),
          new Criterion("innovation", "Inovasi", BigDecimal.ONE),
          new Criterion("packaging", "Kemasan", BigDecimal.ONE));

  private final JdbcClient jdbc;
  private final Products products;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;

  Curation(JdbcClient jdbc, Products products, AuditTrail audit, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.products = products;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public long open(Actor by, RoundDraft d) {
    String scope = by.officerScope();
    List<FieldProblem> p = new ArrayList<>();
    if (d.title() == null || d.title().isBlank() || d.title().length() > 200) {
      p.add(new FieldProblem("title", "field.required"));
    }
    List<Criterion> criteria =
        d.criteria() == null || d.criteria().isEmpty() ? DEFAULT_CRITERIA : d.criteria();
    Set<String> keys = new HashSet<>();
    for (Criterion c : criteria) {
      if (c.key() == null
          || !c.key().matches("[a-z][a-zA-Z0-9]{0,29}")
          || !keys.add(c.key())
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

  /** An owner (their product) or an officer (a product in scope) enters a product. */
  @Transactional
  public long submit(Actor by, long roundId, long productId) {
    Map<String, Object> round = round(roundId);
    if (!"OPEN".equals(round.get("status"))) {
      throw new ConflictException("round", "curation.closed");
    }
    ProductView product = products.manageableView(by, productId);
    String village = village(productId);
    if (!RegionScope.covers((String) round.get("region_scope"), village)) {
      throw new InvalidInputException("productId", "curation.outsideRound");
    }
    try {
      return jdbc.sql(
              """
              insert into curation_submission (round_id, product_id, business_id, village_code,
                created_at) values (?, ?, ?, ?, ?) returning id""")
          .params(
              roundId, productId, product.businessId(), village, Timestamp.from(clock.instant()))
          .query(Long.class)
          .single();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("productId", "curation.alreadySubmitted");
    }
  }

  /** Scores 0–10 per criterion; the weighted total (0–100) against the pass score decides. */
  @Transactional
  public Submission score(
      Actor by, long submissionId, Map<String, BigDecimal> scores, String feedback) {
    String scope = scorerScope(by);
    Map<String, Object> s =
        jdbc
            .sql(
                "select s.round_id, s.product_id, s.village_code, r.criteria::text as criteria, r.pass_score"
                    + " from curation_submission s join curation_round r on r.id = s.round_id where s.id = ?")
            .param(submissionId)
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .filter(r -> RegionScope.covers(scope, (String) r.get("village_code")))
            .orElseThrow(() -> new NotFoundException("submission", submissionId));
    List<Criterion> criteria =
        json.readValue((String) s.get("criteria"), new TypeReference<List<Criterion>>() {});
    List<FieldProblem> p = new ArrayList<>();
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    Map<String, BigDecimal> kept = new LinkedHashMap<>();
    for (Criterion c : criteria) {
      BigDecimal v = scores == null ? null : scores.get(c.key());
      if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.TEN) > 0) {
        p.add(new FieldProblem("scores." + c.key(), "curation.score.range", c.label()));
        continue;
      }
      kept.put(c.key(), v);
      weighted = weighted.add(v.multiply(c.weight()));
      weights = weights.add(c.weight());
    }
    if (feedback != null && feedback.length() > 1000) {
      p.add(new FieldProblem("feedback", "field.tooLong", 1000));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    BigDecimal total = weighted.multiply(BigDecimal.TEN).divide(weights, 2, RoundingMode.HALF_UP);
    boolean passed = total.compareTo((BigDecimal) s.get("pass_score")) >= 0;
    jdbc.sql(
            """
            update curation_submission set scores = cast(? as jsonb), total_score = ?, feedback = ?,
              status = ?, scored_by = ? where id = ?""")
        .params(
            json.writeValueAsString(kept),
            total,
            feedback == null ? null : feedback.strip(),
            passed ? "PASSED" : "FAILED",
            by.username(),
            submissionId)
        .update();
    if (passed) {
      products.markCurated(((Number) s.get("product_id")).longValue());
    }
    audit.record(
        AuditAction.UPDATE,
        "curation-submission",
        submissionId,
        (String) s.get("village_code"),
        null,
        Map.of("total", total, "passed", passed));
    return submissionRows("s.id = ?", submissionId).get(0);
  }

  /** Where a passed product is sold (for a retailer's round). */
  @Transactional
  public void addOutlet(Actor by, long submissionId, String outlet, String city, LocalDate since) {
    String scope = by.officerScope();
    String status =
        jdbc
            .sql("select status, village_code from curation_submission where id = ?")
            .param(submissionId)
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .filter(r -> RegionScope.covers(scope, (String) r.get("village_code")))
            .map(r -> (String) r.get("status"))
            .orElseThrow(() -> new NotFoundException("submission", submissionId));
    if (!"PASSED".equals(status)) {
      throw new ConflictException("submission", "curation.notPassed");
    }
    if (outlet == null || outlet.isBlank() || outlet.length() > 160) {
      throw new InvalidInputException("outlet", "field.required");
    }
    try {
      jdbc.sql(
              "insert into curation_outlet (submission_id, outlet, city, since) values (?, ?, ?, ?)")
          .params(
              submissionId,
              outlet.strip(),
              city == null || city.isBlank() ? null : city.strip(),
              since == null ? null : Date.valueOf(since))
          .update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("outlet", "curation.outlet.duplicate");
    }
  }

  @Transactional
  public void close(Actor by, long roundId) {
    String scope = by.officerScope();
    Map<String, Object> round = round(roundId);
    if (!RegionScope.covers(scope, (String) round.get("region_scope"))) {
      throw new NotFoundException("round", roundId);
    }
    jdbc.sql("update curation_round set status = 'CLOSED' where id = ?").param(roundId).update();
  }

  public List<Map<String, Object>> rounds(Actor by) {
    String scope = by.officerScope();
    return jdbc.sql(
            """
            select r.id, r.title, r.status, r.pass_score as "passScore", p.name as partner,
              (select count(*) from curation_submission s where s.round_id = r.id) as submissions
            from curation_round r left join partner p on p.id = r.partner_id
            where r.region_scope = ? or r.region_scope like ? or ? like r.region_scope || '.%'
            order by r.id desc""")
        .params(scope, scope + ".%", scope)
        .query()
        .listOfRows();
  }

  /** Submissions of a round of the officer's scope (or of a wider round that includes it). */
  public List<Submission> submissions(Actor by, long roundId) {
    visible(by, roundId);
    return submissions(roundId);
  }

  public Report report(Actor by, long roundId) {
    visible(by, roundId);
    return report(roundId);
  }

  /** Officers, and the partner's own accounts (role PARTNER), score within their scope. */
  static String scorerScope(Actor by) {
    if (by.role() == id.naikkelas.access.Role.PARTNER && by.scope() != null) {
      return by.scope();
    }
    return by.officerScope();
  }

  /** Rounds open for products of this district, for an owner choosing where to enter. */
  public List<Map<String, Object>> openFor(String districtCode) {
    return jdbc.sql(
            """
            select r.id, r.title, p.name as partner from curation_round r
            left join partner p on p.id = r.partner_id
            where r.status = 'OPEN' and (? = r.region_scope or ? like r.region_scope || '.%')
            order by r.id desc""")
        .params(districtCode, districtCode)
        .query()
        .listOfRows();
  }

  private void visible(Actor by, long roundId) {
    String scope = scorerScope(by);
    String region = (String) round(roundId).get("region_scope");
    if (!(RegionScope.covers(scope, region) || RegionScope.covers(region, scope))) {
      throw new NotFoundException("round", roundId);
    }
  }

  List<Submission> submissions(long roundId) {
    return submissionRows("s.round_id = ?", roundId);
  }

  private List<Submission> submissionRows(String condition, long param) {
    return jdbc.sql(
            """
            select s.id, s.round_id, s.product_id, p.name, p.business_name, s.status, s.total_score,
              s.feedback, (select count(*) from curation_outlet o where o.submission_id = s.id)
            from curation_submission s join product p on p.id = s.product_id"""
                + " where "
                + condition
                + " order by s.total_score desc nulls last, s.id")
        .param(param)
        .query(
            (rs, n) ->
                new Submission(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getBigDecimal(7),
                    rs.getString(8),
                    rs.getInt(9)))
        .list();
  }

  /** Submitted, passed, businesses, and the outlets passed products sell in. */
  Report report(long roundId) {
    Map<String, Object> r =
        jdbc.sql(
                """
                select count(*) as submitted,
                  count(*) filter (where status = 'PASSED') as passed,
                  count(distinct business_id) as businesses,
                  count(distinct business_id) filter (where status = 'PASSED') as passed_businesses,
                  (select count(*) from curation_outlet o join curation_submission s2
                     on s2.id = o.submission_id where s2.round_id = ?) as outlets
                from curation_submission where round_id = ?""")
            .params(roundId, roundId)
            .query()
            .singleRow();
    return new Report(
        ((Number) r.get("submitted")).longValue(),
        ((Number) r.get("passed")).longValue(),
        ((Number) r.get("businesses")).longValue(),
        ((Number) r.get("passed_businesses")).longValue(),
        ((Number) r.get("outlets")).longValue());
  }

  public List<Criterion> criteria(long roundId) {
    return json.readValue(
        jdbc.sql("select criteria::text from curation_round where id = ?")
            .param(roundId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("round", roundId)),
        new TypeReference<List<Criterion>>() {});
  }

  private Map<String, Object> round(long roundId) {
    return jdbc
        .sql("select id, status, region_scope from curation_round where id = ?")
        .param(roundId)
        .query()
        .listOfRows()
        .stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("round", roundId));
  }

  private String village(long productId) {
    return jdbc.sql("select village_code from product where id = ?")
        .param(productId)
        .query(String.class)
        .single();
  }
}
