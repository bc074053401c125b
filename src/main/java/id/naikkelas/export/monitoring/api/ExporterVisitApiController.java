package id.naikkelas.export.monitoring.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.monitoring.ExportFollowUps;
import id.naikkelas.export.monitoring.ExporterVisits;
import id.naikkelas.export.monitoring.FollowUpView;
import id.naikkelas.export.monitoring.VisitForm;
import id.naikkelas.export.monitoring.VisitView;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exporter monitoring: visits to an exporter and the follow-up actions agreed there. */
@RestController
@Tag(name = "Export", description = "Export ledger, regency totals and reference lists")
class ExporterVisitApiController {

  private final ExporterVisits visits;
  private final ExportFollowUps followUps;
  private final CurrentActor current;

  ExporterVisitApiController(
      ExporterVisits visits, ExportFollowUps followUps, CurrentActor current) {
    this.visits = visits;
    this.followUps = followUps;
    this.current = current;
  }

  @PostMapping("/api/v1/exporters/{businessId}/visits")
  @Operation(
      operationId = "exporterVisitRecord",
      summary =
          "Record a visit to an exporter with its obstacles and follow-up actions: officers and"
              + " administrators of its scope; every wrong field is named with its index")
  ResponseEntity<VisitView> record(@PathVariable long businessId, @RequestBody VisitForm form) {
    VisitView v = visits.record(current.require(), businessId, form);
    return ResponseEntity.created(URI.create("/api/v1/exporters/" + businessId + "/visits"))
        .body(v);
  }

  @GetMapping("/api/v1/exporters/{businessId}/visits")
  @Operation(
      operationId = "exporterVisitHistory",
      summary =
          "The exporter's visits, newest first, with their actions: officers of its scope and"
              + " the business's owner")
  List<VisitView> history(@PathVariable long businessId) {
    return visits.history(current.require(), businessId);
  }

  @GetMapping("/api/v1/export-follow-ups")
  @Operation(
      operationId = "exportFollowUpList",
      summary =
          "Open follow-up actions of the officer's scope, soonest due first; overdue=true for"
              + " those past their due date only")
  PageResponse<FollowUpView> open(
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (size < 1 || size > 500) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 500);
    }
    return PageResponse.of(
        followUps.open(current.require(), overdue, PageRequest.of(Math.max(page, 0), size)),
        v -> v);
  }

  @PostMapping("/api/v1/export-follow-ups/{id}/complete")
  @Operation(
      operationId = "exportFollowUpComplete",
      summary = "An officer of its scope marks the action done; a done one answers 409")
  FollowUpView complete(
      @PathVariable long id, @RequestBody(required = false) FollowUpCompleteRequest body) {
    return followUps.complete(current.require(), id, body == null ? null : body.note());
  }
}
