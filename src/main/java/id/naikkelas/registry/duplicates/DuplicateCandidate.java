package id.naikkelas.registry.duplicates;

import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.registry.BusinessMerged;
import id.naikkelas.registry.DuplicateDismissed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A pair of records that may be one business. It leaves OPEN once, through {@link #merge} or {@link
 * #dismiss}; a decided pair refuses both. The finder stores pairs (lower id first) with SQL.
 */
@Entity
@Table(name = "duplicate_candidate")
class DuplicateCandidate extends AbstractAggregateRoot<DuplicateCandidate> {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_a")
  private long businessA;

  @Column(name = "business_b")
  private long businessB;

  @Enumerated(EnumType.STRING)
  private DuplicateState status = DuplicateState.OPEN;

  private String villageCode;
  private String decidedBy;
  private Instant decidedAt;

  protected DuplicateCandidate() {}

  DuplicateCandidate(long businessA, long businessB, String villageCode) {
    this.businessA = Math.min(businessA, businessB);
    this.businessB = Math.max(businessA, businessB);
    this.villageCode = villageCode;
  }

  /**
   * Decides that the pair is one business kept as {@code keepId}; answers the id of the record to
   * merge into it. Refused unless OPEN, or when {@code keepId} is not one of the pair.
   */
  long merge(long keepId, String by, Instant now) {
    requireOpen("merge");
    if (keepId != businessA && keepId != businessB) {
      throw new InvalidInputException("keep", "duplicates.keep.invalid");
    }
    long mergedId = keepId == businessA ? businessB : businessA;
    decide(DuplicateState.MERGED, by, now);
    registerEvent(new BusinessMerged(idOrZero(), keepId, mergedId, villageCode, by));
    return mergedId;
  }

  /** Decides that the two records are different businesses. Refused unless OPEN. */
  void dismiss(String by, Instant now) {
    requireOpen("dismiss");
    decide(DuplicateState.DISMISSED, by, now);
    registerEvent(new DuplicateDismissed(idOrZero(), businessA, businessB, by));
  }

  private void requireOpen(String action) {
    if (status != DuplicateState.OPEN) {
      throw new IllegalTransitionException(status, action);
    }
  }

  private void decide(DuplicateState decided, String by, Instant now) {
    status = decided;
    decidedBy = by;
    decidedAt = now;
  }

  private long idOrZero() {
    return id == null ? 0 : id;
  }

  /** The events registered and not yet published, for tests of the transitions. */
  java.util.Collection<Object> registeredEvents() {
    return domainEvents();
  }

  DuplicateState status() {
    return status;
  }

  String decidedBy() {
    return decidedBy;
  }
}
