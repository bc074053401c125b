package id.naikkelas.platform.events;

import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Service;

/**
 * The incomplete event publications, for administrators: what is waiting, failed or stuck, and a
 * resubmission of one. Reads Spring Modulith's {@code event_publication} table (schema v2) and
 * resubmits through its {@link IncompleteEventPublications}.
 */
@Service
public class EventPublications {

  private static final String COLUMNS =
      "id, event_type, listener_id, publication_date, last_resubmission_date,"
          + " coalesce(completion_attempts, 0) as attempts, status";

  private final JdbcClient jdbc;
  private final IncompleteEventPublications incomplete;
  private final ResubmissionPolicy policy;
  private final Clock clock;

  EventPublications(
      JdbcClient jdbc,
      IncompleteEventPublications incomplete,
      ResubmissionPolicy policy,
      Clock clock) {
    this.jdbc = jdbc;
    this.incomplete = incomplete;
    this.policy = policy;
    this.clock = clock;
  }

  /** Incomplete publications, newest first. */
  public Page<EventPublicationView> incomplete(Pageable pageable) {
    List<EventPublicationView> items =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from event_publication where completion_date is null"
                    + " order by publication_date desc, id limit ? offset ?")
            .params(pageable.getPageSize(), pageable.getOffset())
            .query(this::view)
            .list();
    long total =
        jdbc.sql("select count(*) from event_publication where completion_date is null")
            .query(Long.class)
            .single();
    return new PageImpl<>(items, pageable, total);
  }

  /** One publication, complete or not. */
  public EventPublicationView find(UUID id) {
    return lookup(id).orElseThrow(() -> new NotFoundException("eventPublication", id));
  }

  /**
   * Hands one incomplete publication to its listener again, whatever its attempts: the listener
   * runs on the reaction pool, so the answer may still show it resubmitted.
   *
   * @throws IllegalTransitionException when it is completed or still in flight
   */
  public EventPublicationView resubmit(UUID id) {
    EventPublicationView publication = find(id);
    if (!policy.mayResubmit(publication.status(), publication.lastTouched(), clock.instant())) {
      throw new IllegalTransitionException(publication.status(), "resubmit");
    }
    incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(id));
    return find(id);
  }

  private Optional<EventPublicationView> lookup(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from event_publication where id = ?")
        .param(id)
        .query(this::view)
        .optional();
  }

  private EventPublicationView view(ResultSet rs, int row) throws SQLException {
    int attempts = rs.getInt("attempts");
    return new EventPublicationView(
        rs.getObject("id", UUID.class),
        rs.getString("event_type"),
        rs.getString("listener_id"),
        instant(rs.getTimestamp("publication_date")),
        instant(rs.getTimestamp("last_resubmission_date")),
        attempts,
        PublicationStatus.of(rs.getString("status")),
        policy.exhausted(attempts));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
