package id.naikkelas.licensing;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Places in a programme's quota, each given in one statement: the programme's row is updated only
 * while a place is left, so a rush never takes more than the quota (PostgreSQL re-checks the
 * condition on the row it waited for). Requests beyond the quota wait in arrival order; a place
 * given back goes to the first of them.
 */
@Component
class ProgrammePlaces {

  private final JdbcClient jdbc;

  ProgrammePlaces(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Takes a place if one is left. */
  ProgrammePlace take(long programmeId) {
    int taken =
        jdbc.sql(
                """
                update licensing_programme set places_taken = places_taken + 1
                where id = ? and places_taken < quota""")
            .param(programmeId)
            .update();
    return taken == 1 ? ProgrammePlace.PLACED : ProgrammePlace.WAITING;
  }

  /** The next number in the waiting order. */
  long nextInLine() {
    return jdbc.sql("select nextval('licensing_place_order')").query(Long.class).single();
  }

  /**
   * Gives back the place a request held and returns the waiting request that takes it, if any (its
   * row is then marked placed by the caller through the aggregate).
   */
  Optional<Long> giveBack(long programmeId) {
    jdbc.sql(
            """
            update licensing_programme set places_taken = places_taken - 1
            where id = ? and places_taken > 0""")
        .param(programmeId)
        .update();
    Optional<Long> next =
        jdbc.sql(
                """
                select id from licensing_request
                where programme_id = ? and programme_place = ? and status in (?, ?)
                order by place_order limit 1 for update skip locked""")
            .param(programmeId)
            .param(ProgrammePlace.WAITING.name())
            .param(RequestStatus.IN_PROGRESS.name())
            .param(RequestStatus.RETURNED.name())
            .query(Long.class)
            .optional();
    if (next.isPresent() && take(programmeId) == ProgrammePlace.WAITING) {
      return Optional.empty();
    }
    return next;
  }
}
