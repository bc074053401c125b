package id.naikkelas.licensing;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.OwnerLookup.CatalogueFacts;
import id.naikkelas.registry.PermitIssued;
import id.naikkelas.registry.PermitKind;
import id.naikkelas.registry.Permits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transitions of a licensing request, each on the row locked for it: an officer completes the
 * next stage, returns the request to its owner or refuses it; the owner (or an officer for them)
 * resubmits or withdraws it. A closed request lets go of its subjects and programme place; an
 * issued permit is recorded on the business in the same transaction (the registry's {@link
 * Permits}).
 */
@Service
public class LicensingActions {

  /** A completed stage: the request as it now is, and what the numbers warned of. */
  public record Completed(LicensingRequestView request, List<FieldProblem> warnings) {}

  private final LicensingRequestRepository requests;
  private final RequestAccess access;
  private final OpenSubjects subjects;
  private final ProgrammeJoining joining;
  private final RecommendationLetters letters;
  private final Permits permits;
  private final AuditTrail audit;
  private final Assignees assignees;
  private final TrainingCertificates certificates;
  private final Clock clock;

  LicensingActions(
      LicensingRequestRepository requests,
      RequestAccess access,
      OpenSubjects subjects,
      ProgrammeJoining joining,
      RecommendationLetters letters,
      Permits permits,
      AuditTrail audit,
      Assignees assignees,
      TrainingCertificates certificates,
      Clock clock) {
    this.requests = requests;
    this.access = access;
    this.subjects = subjects;
    this.joining = joining;
    this.letters = letters;
    this.permits = permits;
    this.audit = audit;
    this.assignees = assignees;
    this.certificates = certificates;
    this.clock = clock;
  }

  @Transactional
  public Completed complete(Actor by, long id, Stage stage, StageInput typed) {
    RequestAccess.requireOfficer(by);
    LocalDate today = LocalDate.now(clock.withZone(LicensingRequests.WIB));
    AtomicReference<List<FieldProblem>> warnings = new AtomicReference<>(List.of());
    LicensingRequestView view =
        act(
            by,
            id,
            "complete",
            (r, business) -> {
              StageInput input = certificates.check(stage, typed, r.businessId());
              if (stage == Stage.FILED && r.stage() == Stage.FILED) {
                letterOfFilingYear(r, input);
              }
              warnings.set(r.complete(stage, input, today, by.id(), now()));
              if (stage == Stage.LETTER_ISSUED) {
                letters.issue(r, business.name(), input.completedOn());
              }
              if (r.status() == RequestStatus.ISSUED) {
                permits.record(
                    by,
                    r.businessId(),
                    new PermitIssued(
                        PermitKind.valueOf(r.kind().name()),
                        r.permit().number(),
                        r.permit().expiresOn()));
              }
            });
    return new Completed(view, warnings.get());
  }

  @Transactional
  public LicensingRequestView returnToOwner(Actor by, long id, String reason) {
    RequestAccess.requireOfficer(by);
    return act(by, id, "return", r -> r.returnToOwner(reason, now()));
  }

  @Transactional
  public LicensingRequestView refuse(Actor by, long id, String reason) {
    RequestAccess.requireOfficer(by);
    return act(by, id, "refuse", r -> r.refuse(reason, now()));
  }

  @Transactional
  public LicensingRequestView resubmit(Actor by, long id) {
    return act(by, id, "resubmit", r -> r.resubmit(now()));
  }

  @Transactional
  public LicensingRequestView withdraw(Actor by, long id) {
    if (by.role() != Role.OWNER) {
      RequestAccess.requireOfficer(by);
    }
    return act(by, id, "withdraw", r -> r.withdraw(now()));
  }

  /** The DJKI takes the reduced fee only with a letter signed in the filing year. */
  private void letterOfFilingYear(LicensingRequest r, StageInput input) {
    Integer year = letters.yearOf(r.id()).orElse(null);
    if (year != null && input.completedOn() != null && input.completedOn().getYear() != year) {
      throw new InvalidInputException("completedOn", "licensing.letter.otherYear", year);
    }
  }

  private LicensingRequestView act(
      Actor by, long id, String action, Consumer<LicensingRequest> transition) {
    return act(by, id, action, (r, business) -> transition.accept(r));
  }

  private LicensingRequestView act(
      Actor by, long id, String action, BiConsumer<LicensingRequest, CatalogueFacts> transition) {
    LicensingRequest r =
        requests.findForUpdate(id).orElseThrow(() -> new NotFoundException("licensingRequest", id));
    CatalogueFacts business = access.request(by, r);
    Map<String, Object> before = state(r);
    transition.accept(r, business);
    if (!r.status().open()) {
      subjects.release(r.id());
      if (r.status() != RequestStatus.ISSUED) {
        joining.leave(r);
        letters.revoke(r.id(), LocalDate.now(clock.withZone(LicensingRequests.WIB)));
      }
    }
    LicensingRequest saved = requests.save(r);
    Map<String, Object> after = state(saved);
    after.put("action", action);
    audit.record(AuditAction.UPDATE, "licensing-request", id, r.villageCode(), before, after);
    return LicensingRequestView.of(saved, business.name(), letters.codeOf(id), assignees.of(id));
  }

  private static Map<String, Object> state(LicensingRequest r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", r.status().name());
    m.put("stage", r.stage().name());
    if (r.reason() != null) {
      m.put("reason", r.reason());
    }
    if (r.permit().number() != null) {
      m.put("number", r.permit().number());
    }
    return m;
  }

  private Instant now() {
    return clock.instant();
  }
}
