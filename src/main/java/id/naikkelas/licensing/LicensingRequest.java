package id.naikkelas.licensing;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.IllegalTransitionException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A licensing request as an aggregate: it moves through its kind's pipeline one stage at a time,
 * only the next stage can be completed, and each transition checks the state it leaves, refusing a
 * wrong one with {@link IllegalTransitionException} before anything changes (decision 0018).
 * IN_PROGRESS → (return) RETURNED → (resubmit) IN_PROGRESS; IN_PROGRESS or RETURNED → REFUSED or
 * WITHDRAWN; the last stage → ISSUED. A failed site inspection returns the request.
 */
@Entity
@Table(name = "licensing_request")
class LicensingRequest extends AbstractAggregateRoot<LicensingRequest> {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private LicenceKind kind;

  private long businessId;
  private String villageCode;
  @Embedded private RequestSubject subject;
  private LocalDate appliedOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "licensing_stage", joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  private List<StageEntry> history = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private RequestStatus status = RequestStatus.IN_PROGRESS;

  @Enumerated(EnumType.STRING)
  private Stage stage;

  private String reason;
  @Embedded private Permit permit = new Permit();
  @Embedded private ProgrammeSeat seat;
  private Long renewalOf;
  private long createdBy;
  private boolean demo;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected LicensingRequest() {}

  LicensingRequest(Application a, LocalDate appliedOn, long by, Instant now) {
    this.kind = a.kind();
    this.businessId = a.businessId();
    this.villageCode = a.villageCode();
    this.subject = new RequestSubject(a);
    this.renewalOf = a.renewalOf();
    this.appliedOn = appliedOn;
    this.createdBy = by;
    this.createdAt = now;
    this.updatedAt = now;
    this.stage = kind.stageAt(0);
  }

  /** The stage that may be completed now, or null when the request is not in progress. */
  Stage nextStage() {
    return status == RequestStatus.IN_PROGRESS ? kind.stageAt(history.size()) : null;
  }

  /**
   * Completes {@code done} if it is the next stage. Returns the warnings the numbers gave. A failed
   * check (site inspection, PDKI) returns the request to its owner with the note as the reason; the
   * stage is checked again once the owner resubmits.
   */
  List<FieldProblem> complete(Stage done, StageInput input, LocalDate today, long by, Instant now) {
    if (status != RequestStatus.IN_PROGRESS) {
      throw new IllegalTransitionException(status, "complete " + done.name());
    }
    if (done != stage) {
      throw new IllegalTransitionException(stage, "complete " + done.name());
    }
    LocalDate notBefore =
        history.isEmpty() ? appliedOn : history.get(history.size() - 1).toRecord().completedOn();
    StageCheck.Checked c =
        StageCheck.check(
            done,
            input,
            new StageCheck.Facts(
                kind, notBefore, today, villageCode, subject.niceClasses(), permit().filedOn()));
    updatedAt = now;
    if (done.returnsOnFail() && input.result() == StageResult.FAIL) {
      sendBack(c.note());
      return c.warnings();
    }
    history.add(StageEntry.of(done, c, by));
    if (done == Stage.FILED) {
      permit().filed(input.completedOn());
    }
    Stage after = kind.stageAt(history.size());
    stage = after == null ? done : after;
    registerEvent(new LicensingStageCompleted(id(), kind, done, villageCode));
    if (done.grantsPermit()) {
      permit().issue(kind, c.number(), input.issuedOn(), input.expiresOn());
      status = RequestStatus.ISSUED;
      reason = null;
      registerEvent(permit().issued(id(), businessId, kind, subject.productIds()));
    }
    return c.warnings();
  }

  /** IN_PROGRESS → RETURNED, with the reason the owner reads. */
  void returnToOwner(String why, Instant now) {
    if (status != RequestStatus.IN_PROGRESS) {
      throw new IllegalTransitionException(status, "return");
    }
    updatedAt = now;
    sendBack(StageCheck.reason(why));
  }

  private void sendBack(String why) {
    reason = why;
    status = RequestStatus.RETURNED;
    registerEvent(new LicensingRequestReturned(id(), businessId, reason));
  }

  /** RETURNED → IN_PROGRESS, at the stage it was returned from. */
  void resubmit(Instant now) {
    if (status != RequestStatus.RETURNED) {
      throw new IllegalTransitionException(status, "resubmit");
    }
    status = RequestStatus.IN_PROGRESS;
    reason = null;
    updatedAt = now;
  }

  /** IN_PROGRESS or RETURNED → REFUSED, with the reason. */
  void refuse(String why, Instant now) {
    close(RequestStatus.REFUSED, "refuse", StageCheck.reason(why), now);
    registerEvent(new LicensingRequestRefused(id(), businessId, reason));
  }

  /** IN_PROGRESS or RETURNED → WITHDRAWN, by the owner. */
  void withdraw(Instant now) {
    close(RequestStatus.WITHDRAWN, "withdraw", reason, now);
    registerEvent(new LicensingRequestWithdrawn(id(), businessId));
  }

  private void close(RequestStatus to, String action, String why, Instant now) {
    if (!status.open()) {
      throw new IllegalTransitionException(status, action);
    }
    reason = why;
    status = to;
    updatedAt = now;
  }

  /** Joins a programme with the place its quota gave ({@link ProgrammePlaces}). */
  void join(long programmeId, ProgrammePlace place, long order) {
    seat = new ProgrammeSeat(programmeId, place, order);
  }

  /** A waiting request took a place another gave back. */
  void placed() {
    seat = seat.placed();
  }

  /** The protection of the issued permit; null before it is issued. */
  Protection protection() {
    return status == RequestStatus.ISSUED ? permit().protection(kind) : null;
  }

  List<Object> events() {
    return List.copyOf(domainEvents());
  }

  List<StageRecord> history() {
    return history.stream().map(StageEntry::toRecord).toList();
  }

  long id() {
    return id == null ? 0 : id;
  }

  LicenceKind kind() {
    return kind;
  }

  long businessId() {
    return businessId;
  }

  String villageCode() {
    return villageCode;
  }

  RequestStatus status() {
    return status;
  }

  Stage stage() {
    return stage;
  }

  String reason() {
    return reason;
  }

  RequestSubject subject() {
    return subject;
  }

  /** The permit (empty until issued: Hibernate loads an embeddable of nulls as null). */
  Permit permit() {
    if (permit == null) {
      permit = new Permit();
    }
    return permit;
  }

  ProgrammeSeat seat() {
    return seat;
  }

  LocalDate appliedOn() {
    return appliedOn;
  }

  Long renewalOf() {
    return renewalOf;
  }
}
