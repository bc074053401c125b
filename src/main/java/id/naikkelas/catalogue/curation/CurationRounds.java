package id.naikkelas.catalogue.curation;

import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.NotFoundException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads and stores the curation aggregates. A state is written only over the state it was loaded
 * in, so that two officers acting at once cannot both move the same record.
 */
@Component
class CurationRounds {

  private final JdbcClient jdbc;

  CurationRounds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  CurationRound round(long id) {
    return jdbc.sql("select id, region_scope, status from curation_round where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new CurationRound(
                    rs.getLong(1), rs.getString(2), CurationRoundState.valueOf(rs.getString(3))))
        .optional()
        .orElseThrow(() -> new NotFoundException("round", id));
  }

  /**
   * The round, its row held (for share) until the transaction ends: an entry or a score checks that
   * the round is open, and a concurrent close waits for it, or it sees the round closed.
   */
  CurationRound roundHeld(long id) {
    return jdbc.sql("select id, region_scope, status from curation_round where id = ? for share")
        .param(id)
        .query(
            (rs, n) ->
                new CurationRound(
                    rs.getLong(1), rs.getString(2), CurationRoundState.valueOf(rs.getString(3))))
        .optional()
        .orElseThrow(() -> new NotFoundException("round", id));
  }

  Optional<CurationSubmission> submission(long id) {
    return jdbc.sql(
            "select id, round_id, product_id, village_code, status from curation_submission"
                + " where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new CurationSubmission(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getString(4),
                    CurationSubmissionState.valueOf(rs.getString(5))))
        .optional();
  }

  /** Writes the round's new state over {@code from}; refuses if another caller moved it first. */
  void store(CurationRound round, CurationRoundState from, String action) {
    int n =
        jdbc.sql("update curation_round set status = ? where id = ? and status = ?")
            .params(round.state().name(), round.id(), from.name())
            .update();
    if (n != 1) {
      throw new IllegalTransitionException(round(round.id()).state(), action);
    }
  }
}
