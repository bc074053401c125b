package id.naikkelas.catalogue.curation;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.catalogue.ProductView;
import id.naikkelas.catalogue.Products;
import id.naikkelas.catalogue.curation.Curation.CurationCriterion;
import id.naikkelas.catalogue.curation.Curation.CurationSubmissionView;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submissions to a curation round: products entered, scored per criterion (the {@link
 * CurationPassRule} decides; a pass earns the CURATED badge), and the outlets where a passed
 * product sells. Reached through {@link Curation}.
 */
@Service
class CurationSubmissions {

  private final JdbcClient jdbc;
  private final Products products;
  private final CurationScope scopes;
  private final CurationBoard board;
  private final CurationRounds rounds;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;

  CurationSubmissions(
      JdbcClient jdbc,
      Products products,
      CurationScope scopes,
      CurationBoard board,
      CurationRounds rounds,
      ApplicationEventPublisher events,
      AuditTrail audit,
      JsonMapper json,
      Clock clock) {
    this.jdbc = jdbc;
    this.products = products;
    this.scopes = scopes;
    this.board = board;
    this.rounds = rounds;
    this.events = events;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /**
   * An owner (their product) or an officer (a product in scope) enters a product. A round the
   * caller does not see answers 404 like an unknown one; in a round the caller sees, a product the
   * caller does not manage, or one outside the round's region, is a 422 on {@code productId}.
   */
  @Transactional
  long submit(Actor by, long roundId, long productId) {
    CurationScope.Round round = scopes.forEntrant(by, roundId);
    rounds.roundHeld(round.id()).acceptEntry();
    ProductView product;
    try {
      product = products.manageableView(by, productId);
    } catch (NotFoundException e) {
      throw new InvalidInputException("productId", "curation.product.unknown", productId);
    }
    String village = village(productId);
    if (!RegionScope.covers(round.regionScope(), village)) {
      throw new InvalidInputException("productId", "curation.outsideRound");
    }
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into curation_submission (round_id, product_id, business_id, village_code,
                    created_at) values (?, ?, ?, ?, ?) returning id""")
              .params(
                  roundId,
                  productId,
                  product.businessId(),
                  village,
                  Timestamp.from(clock.instant()))
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("productId", "curation.alreadySubmitted");
    }
    audit.record(
        AuditAction.CREATE,
        "curation-submission",
        id,
        village,
        null,
        Map.of("roundId", roundId, "productId", productId));
    return id;
  }

  /**
   * Scores 0–10 per criterion; the {@link CurationPassRule} decides. Only while the round is open.
   */
  @Transactional
  CurationSubmissionView score(
      Actor by, long submissionId, Map<String, BigDecimal> scores, String feedback) {
    String scope = CurationScope.scorerScope(by);
    CurationSubmission submission =
        rounds
            .submission(submissionId)
            .filter(r -> RegionScope.covers(scope, r.villageCode()))
            .orElseThrow(() -> new NotFoundException("submission", submissionId));
    CurationRound round = rounds.roundHeld(submission.roundId());
    round.acceptScore();
    BigDecimal passScore =
        jdbc.sql("select pass_score from curation_round where id = ?")
            .param(round.id())
            .query(BigDecimal.class)
            .single();
    List<FieldProblem> p = new ArrayList<>();
    CurationPassRule.Verdict verdict = null;
    try {
      verdict = new CurationPassRule(criteria(round.id()), passScore).judge(scores);
    } catch (InvalidInputException e) {
      p.addAll(e.problems());
    }
    if (feedback != null && feedback.length() > 1000) {
      p.add(new FieldProblem("feedback", "field.tooLong", 1000));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    CurationSubmissionScored scored = submission.score(round, verdict);
    jdbc.sql(
            """
            update curation_submission set scores = cast(? as jsonb), total_score = ?, feedback = ?,
              status = ?, scored_by = ? where id = ?""")
        .params(
            json.writeValueAsString(verdict.scores()),
            verdict.total(),
            feedback == null ? null : feedback.strip(),
            submission.state().name(),
            by.username(),
            submissionId)
        .update();
    if (verdict.passed()) {
      products.markCurated(submission.productId());
    }
    audit.record(
        AuditAction.UPDATE,
        "curation-submission",
        submissionId,
        submission.villageCode(),
        null,
        Map.of("total", verdict.total(), "passed", verdict.passed()));
    events.publishEvent(scored);
    return board.submission(submissionId);
  }

  /** Where a passed product is sold (for a retailer's round). */
  @Transactional
  void addOutlet(Actor by, long submissionId, String outlet, String city, LocalDate since) {
    String scope = by.officerScope();
    rounds
        .submission(submissionId)
        .filter(r -> RegionScope.covers(scope, r.villageCode()))
        .orElseThrow(() -> new NotFoundException("submission", submissionId))
        .acceptOutlet();
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

  /** The weighted criteria of a round. */
  List<CurationCriterion> criteria(long roundId) {
    return json.readValue(
        jdbc.sql("select criteria::text from curation_round where id = ?")
            .param(roundId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("round", roundId)),
        new TypeReference<List<CurationCriterion>>() {});
  }

  private String village(long productId) {
    return jdbc.sql("select village_code from product where id = ?")
        .param(productId)
        .query(String.class)
        .single();
  }
}
