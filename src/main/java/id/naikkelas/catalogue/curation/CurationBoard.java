package id.naikkelas.catalogue.curation;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.RegionScope;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What officers and partners read of curation: the rounds they see, a round's submissions and its
 * report. Everything is filtered in SQL by the caller's scope against the business's village: a
 * district officer looking at the regency's round sees, and counts, only the district's
 * submissions; scores and feedback of other districts never leave the database.
 */
@Service
public class CurationBoard {

  /** A submission is in scope when its business's village is the scope or lies inside it. */
  private static final String IN_SCOPE = " " + RegionScope.sql("s.village_code");

  private final JdbcClient jdbc;
  private final CurationScope scopes;

  CurationBoard(JdbcClient jdbc, CurationScope scopes) {
    this.jdbc = jdbc;
    this.scopes = scopes;
  }

  /** Rounds of the officer's scope (or wider), with the count of submissions in the scope. */
  public List<Map<String, Object>> rounds(Actor by) {
    String scope = by.officerScope();
    return jdbc.sql(
            """
            select r.id, r.title, r.status, r.pass_score as "passScore", p.name as partner,
              (select count(*) from curation_submission s where s.round_id = r.id and"""
                + IN_SCOPE
                + """
                ) as submissions
                from curation_round r left join partner p on p.id = r.partner_id
                where r.region_scope = ? or r.region_scope like ? or ? like r.region_scope || '.%'
                order by r.id desc""")
        .params(scope, scope, scope, scope + ".%", scope)
        .query()
        .listOfRows();
  }

  /** Submissions of a round the caller sees, only those of businesses in the caller's scope. */
  public List<Curation.CurationSubmissionView> submissions(Actor by, long roundId) {
    scopes.forScorer(by, roundId);
    String scope = CurationScope.scorerScope(by);
    return rows("s.round_id = ? and" + IN_SCOPE, roundId, scope, scope);
  }

  /**
   * Submitted, passed, businesses, and the outlets passed products sell in, counting only the
   * submissions in the caller's scope (a district officer gets the district's share of a regency
   * round; an officer covering the round gets all of it).
   */
  public Curation.CurationReport report(Actor by, long roundId) {
    scopes.forScorer(by, roundId);
    String scope = CurationScope.scorerScope(by);
    String like = scope;
    String passed = CurationSubmissionState.PASSED.name();
    Map<String, Object> r =
        jdbc.sql(
                """
                select count(*) as submitted,
                  count(*) filter (where status = ?) as passed,
                  count(distinct business_id) as businesses,
                  count(distinct business_id) filter (where status = ?) as passed_businesses,
                  (select count(*) from curation_outlet o join curation_submission s
                     on s.id = o.submission_id where s.round_id = ? and"""
                    + IN_SCOPE
                    + """
                    ) as outlets
                    from curation_submission s where s.round_id = ? and"""
                    + IN_SCOPE)
            .params(passed, passed, roundId, scope, like, roundId, scope, like)
            .query()
            .singleRow();
    return new Curation.CurationReport(
        ((Number) r.get("submitted")).longValue(),
        ((Number) r.get("passed")).longValue(),
        ((Number) r.get("businesses")).longValue(),
        ((Number) r.get("passed_businesses")).longValue(),
        ((Number) r.get("outlets")).longValue());
  }

  /** One submission, for the answer to its scoring (the caller's scope was checked). */
  Curation.CurationSubmissionView submission(long submissionId) {
    return rows("s.id = ?", submissionId).get(0);
  }

  private List<Curation.CurationSubmissionView> rows(String condition, Object... params) {
    return jdbc.sql(
            """
            select s.id, s.round_id, s.product_id, p.name, p.business_name, s.status, s.total_score,
              s.feedback, (select count(*) from curation_outlet o where o.submission_id = s.id)
            from curation_submission s join product p on p.id = s.product_id"""
                + " where "
                + condition
                + " order by s.total_score desc nulls last, s.id")
        .params(params)
        .query(
            (rs, n) ->
                new Curation.CurationSubmissionView(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    CurationSubmissionState.valueOf(rs.getString(6)),
                    rs.getBigDecimal(7),
                    rs.getString(8),
                    rs.getInt(9)))
        .list();
  }
}
