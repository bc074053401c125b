package id.naikkelas.licensing.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Officers;
import id.naikkelas.licensing.LicenceKind;
import id.naikkelas.licensing.LicensingActions;
import id.naikkelas.licensing.LicensingApplication;
import id.naikkelas.licensing.LicensingAssignments;
import id.naikkelas.licensing.LicensingQueue;
import id.naikkelas.licensing.LicensingRequestView;
import id.naikkelas.licensing.LicensingRequests;
import id.naikkelas.licensing.QueueItem;
import id.naikkelas.licensing.RequestStatus;
import id.naikkelas.licensing.Stage;
import id.naikkelas.licensing.StageInput;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Licensing requests: apply, follow, and move through the stages of their kind's pipeline. */
@RestController
@Tag(name = "Licensing", description = "NIB, P-IRT, halal and trademark facilitation")
class LicensingRequestApiController {

  /** Why a request goes back to its owner, or is refused. */
  record LicensingReason(@NotBlank @Size(max = 500) String reason) {}

  /** A warning a stage's data gave (a number whose layout suggests a mistake); nothing refused. */
  record LicensingWarning(String field, String message) {}

  /** The officer to hand the request to; none (null) to take it from whoever has it. */
  record LicensingAssignment(
      @io.swagger.v3.oas.annotations.media.Schema(
              description = "an officer whose scope covers the request's village; null for nobody")
          Long officerId) {}

  /** A completed stage: the request as it now is, and the warnings. */
  record LicensingStageResult(LicensingRequestView request, List<LicensingWarning> warnings) {}

  private final LicensingRequests requests;
  private final LicensingActions actions;
  private final LicensingQueue queue;
  private final LicensingAssignments assignments;
  private final CurrentActor current;
  private final MessageSource messages;

  LicensingRequestApiController(
      LicensingRequests requests,
      LicensingActions actions,
      LicensingQueue queue,
      LicensingAssignments assignments,
      CurrentActor current,
      MessageSource messages) {
    this.requests = requests;
    this.actions = actions;
    this.queue = queue;
    this.assignments = assignments;
    this.current = current;
    this.messages = messages;
  }

  @PostMapping("/api/v1/licensing-requests")
  @Operation(
      operationId = "licensingApply",
      summary = "Apply for a permit for a business: its owner, or an officer of its scope")
  ResponseEntity<LicensingRequestView> apply(@Valid @RequestBody LicensingApplication a) {
    LicensingRequestView v = requests.apply(current.require(), a);
    return ResponseEntity.created(URI.create("/api/v1/licensing-requests/" + v.id())).body(v);
  }

  @GetMapping("/api/v1/licensing-requests")
  @Operation(
      operationId = "licensingList",
      summary = "Requests of the caller's scope (owners: their own), oldest change first")
  PageResponse<QueueItem> list(
      @RequestParam(required = false) LicenceKind kind,
      @RequestParam(required = false) Stage stage,
      @RequestParam(required = false) RequestStatus status,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) Long assignedTo,
      @RequestParam(defaultValue = "false") boolean unassigned,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (size < 1 || size > 500) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 500);
    }
    return queue.list(
        current.require(),
        new LicensingQueue.Filter(kind, stage, status, region, assignedTo, unassigned),
        Math.max(page, 0),
        size);
  }

  @GetMapping("/api/v1/licensing-requests/{id}")
  @Operation(operationId = "licensingFind", summary = "A request with its stage and next stage")
  LicensingRequestView find(@PathVariable long id) {
    return requests.find(current.require(), id);
  }

  @PostMapping("/api/v1/licensing-requests/{id}/stages/{stage}")
  @Operation(
      operationId = "licensingCompleteStage",
      summary = "Complete the request's next stage (officers); another stage answers 409")
  LicensingStageResult complete(
      @PathVariable long id, @PathVariable Stage stage, @Valid @RequestBody StageInput input) {
    LicensingActions.Completed c = actions.complete(current.require(), id, stage, input);
    return new LicensingStageResult(c.request(), c.warnings().stream().map(this::warning).toList());
  }

  @PostMapping("/api/v1/licensing-requests/{id}/assign")
  @Operation(
      operationId = "licensingAssign",
      summary = "Assign an open request to an officer of its village's scope (officers)")
  LicensingRequestView assign(
      @PathVariable long id, @Valid @RequestBody LicensingAssignment assignment) {
    return assignments.assign(current.require(), id, assignment.officerId());
  }

  @GetMapping("/api/v1/licensing-requests/{id}/officers")
  @Operation(
      operationId = "licensingAssignableOfficers",
      summary = "The officers the request may be assigned to")
  List<Officers.Officer> officers(@PathVariable long id) {
    return assignments.candidates(current.require(), id);
  }

  @PostMapping("/api/v1/licensing-requests/{id}/return")
  @Operation(operationId = "licensingReturn", summary = "Return the request to its owner")
  LicensingRequestView returnToOwner(
      @PathVariable long id, @Valid @RequestBody LicensingReason reason) {
    return actions.returnToOwner(current.require(), id, reason.reason());
  }

  @PostMapping("/api/v1/licensing-requests/{id}/resubmit")
  @Operation(operationId = "licensingResubmit", summary = "Resubmit a returned request")
  LicensingRequestView resubmit(@PathVariable long id) {
    return actions.resubmit(current.require(), id);
  }

  @PostMapping("/api/v1/licensing-requests/{id}/refuse")
  @Operation(operationId = "licensingRefuse", summary = "Close the request as refused")
  LicensingRequestView refuse(@PathVariable long id, @Valid @RequestBody LicensingReason reason) {
    return actions.refuse(current.require(), id, reason.reason());
  }

  @PostMapping("/api/v1/licensing-requests/{id}/withdraw")
  @Operation(operationId = "licensingWithdraw", summary = "Withdraw the request (its owner)")
  LicensingRequestView withdraw(@PathVariable long id) {
    return actions.withdraw(current.require(), id);
  }

  private LicensingWarning warning(FieldProblem p) {
    return new LicensingWarning(
        p.field(),
        messages.getMessage(
            p.messageKey(), p.args(), p.messageKey(), LocaleContextHolder.getLocale()));
  }
}
