package id.naikkelas.licensing;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A licensing request as an aggregate: it moves through its kind's pipeline one stage at a time,
 * only the next stage can be completed, and each transition checks the state it leaves, refusing a
 * wrong one with {@link IllegalTransitionException} before anything changes (decision 0018).
 * IN_PROGRESS → (return) RETURNED → (resubmit) IN_PROGRESS; IN_PROGRESS or RETURNED → REFUSED or
 * WITHDRAWN; the last stage → ISSUED. A failed site inspection returns the request.
 */
class LicensingRequest extends AbstractAggregateRoot<LicensingRequest> {

  private final long id;
  private final LicenceKind kind;
  private final long businessId;
  private final String villageCode;
  private final List<Long> productIds;
  private final SortedSet<Integer> niceClasses;
  private final LocalDate appliedOn;
  private final List<StageRecord> history = new ArrayList<>();
  private RequestStatus status = RequestStatus.IN_PROGRESS;
  private String reason;
  private String number;
  private LocalDate issuedOn;
  private LocalDate expiresOn;
  private LocalDate filedOn;

  LicensingRequest(
      long id,
      LicenceKind kind,
      long businessId,
      String villageCode,
      List<Long> productIds,
      SortedSet<Integer> niceClasses,
      LocalDate appliedOn) {
    this.id = id;
    this.kind = kind;
    this.businessId = businessId;
    this.villageCode = villageCode;
    this.productIds = List.copyOf(productIds);
    this.niceClasses = new TreeSet<>(niceClasses);
    this.appliedOn = appliedOn;
  }

  /** The stage that may be completed now, or null when the request is not in progress. */
  Stage nextStage() {
    return status == RequestStatus.IN_PROGRESS ? kind.stageAt(history.size()) : null;
  }

  /** The stage the request is at (the next one to complete), whatever its status. */
  Stage stage() {
    Stage at = kind.stageAt(history.size());
    return at != null ? at : kind.pipeline().get(kind.pipeline().size() - 1);
  }

  /**
   * Completes {@code stage} if it is the next one. Returns the warnings the numbers gave. A failed
   * inspection is recorded and returns the request to its owner instead of moving on.
   */
  List<FieldProblem> complete(Stage stage, StageInput input, LocalDate today, long by) {
    if (status != RequestStatus.IN_PROGRESS) {
      throw new IllegalTransitionException(status, "complete " + stage.name());
    }
    Stage next = kind.stageAt(history.size());
    if (stage != next) {
      throw new IllegalTransitionException(next, "complete " + stage.name());
    }
    LocalDate notBefore =
        history.isEmpty() ? appliedOn : history.get(history.size() - 1).completedOn();
    StageCheck.Checked c =
        StageCheck.check(
            stage,
            input,
            new StageCheck.Facts(kind, notBefore, today, villageCode, niceClasses, filedOn));
    if (stage == Stage.SITE_INSPECTION && input.result() == StageResult.FAIL) {
      reason = c.note() == null ? "licensing.inspection.failed" : c.note();
      status = RequestStatus.RETURNED;
      registerEvent(new LicensingRequestReturned(id, businessId, reason));
      return c.warnings();
    }
    history.add(
        new StageRecord(
            stage,
            input.completedOn(),
            c.note(),
            input.result(),
            c.reference(),
            c.companion(),
            c.number(),
            by));
    if (stage == Stage.FILED) {
      filedOn = input.completedOn();
    }
    registerEvent(new LicensingStageCompleted(id, kind, stage, villageCode));
    if (stage.grantsPermit()) {
      issue(c.number(), input.issuedOn(), input.expiresOn());
    }
    return c.warnings();
  }

  private void issue(String permit, LocalDate on, LocalDate until) {
    number = permit;
    issuedOn = on;
    expiresOn =
        kind == LicenceKind.TRADEMARK ? Protection.of(kind, null, filedOn).validUntil() : until;
    status = RequestStatus.ISSUED;
    reason = null;
    registerEvent(new LicenceIssued(id, businessId, kind, productIds, number, issuedOn, expiresOn));
  }

  /** IN_PROGRESS → RETURNED, with the reason the owner reads. */
  void returnToOwner(String why) {
    if (status != RequestStatus.IN_PROGRESS) {
      throw new IllegalTransitionException(status, "return");
    }
    reason = requiredReason(why);
    status = RequestStatus.RETURNED;
    registerEvent(new LicensingRequestReturned(id, businessId, reason));
  }

  /** RETURNED → IN_PROGRESS, at the stage it was returned from. */
  void resubmit() {
    if (status != RequestStatus.RETURNED) {
      throw new IllegalTransitionException(status, "resubmit");
    }
    status = RequestStatus.IN_PROGRESS;
    reason = null;
  }

  /** IN_PROGRESS or RETURNED → REFUSED, with the reason. */
  void refuse(String why) {
    if (!status.open()) {
      throw new IllegalTransitionException(status, "refuse");
    }
    reason = requiredReason(why);
    status = RequestStatus.REFUSED;
    registerEvent(new LicensingRequestRefused(id, businessId, reason));
  }

  /** IN_PROGRESS or RETURNED → WITHDRAWN, by the owner. */
  void withdraw() {
    if (!status.open()) {
      throw new IllegalTransitionException(status, "withdraw");
    }
    status = RequestStatus.WITHDRAWN;
    registerEvent(new LicensingRequestWithdrawn(id, businessId));
  }

  private static String requiredReason(String why) {
    List<FieldProblem> p = new ArrayList<>();
    String r = FormFields.text(why, "reason", 500, true, p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return r;
  }

  /** The protection of the issued permit (none before it is issued). */
  Protection protection() {
    return status == RequestStatus.ISSUED ? Protection.of(kind, expiresOn, filedOn) : null;
  }

  List<Object> events() {
    return List.copyOf(domainEvents());
  }

  long id() {
    return id;
  }

  LicenceKind kind() {
    return kind;
  }

  RequestStatus status() {
    return status;
  }

  String reason() {
    return reason;
  }

  String number() {
    return number;
  }

  LocalDate issuedOn() {
    return issuedOn;
  }

  LocalDate expiresOn() {
    return expiresOn;
  }

  LocalDate filedOn() {
    return filedOn;
  }

  List<StageRecord> history() {
    return List.copyOf(history);
  }
}
