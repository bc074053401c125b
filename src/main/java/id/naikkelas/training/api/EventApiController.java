package id.naikkelas.training.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import id.naikkelas.training.EventDraft;
import id.naikkelas.training.Events;
import id.naikkelas.training.FollowUps;
import id.naikkelas.training.Selection;
import id.naikkelas.training.TrainingEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Events, registrations, selection and follow-up. */
@RestController
@Tag(name = "Events", description = "Training and events: registration, selection, attendance")
class EventApiController {

  /** An officer's move of one applicant in a ranked selection. */
  record SelectionAdjustment(
      @NotNull @Positive Long registrationId,
      @NotNull @DecimalMin("-1000") @DecimalMax("1000") BigDecimal points,
      @NotBlank @Size(max = 300) String reason) {}

  private final Events events;
  private final Selection selection;
  private final FollowUps followUps;
  private final CurrentActor current;

  EventApiController(
      Events events, Selection selection, FollowUps followUps, CurrentActor current) {
    this.events = events;
    this.selection = selection;
    this.followUps = followUps;
    this.current = current;
  }

  @PostMapping("/api/v1/events")
  @Operation(summary = "Create an event in the caller's scope (officers)")
  ResponseEntity<Map<String, Object>> create(@RequestBody EventDraft draft) {
    long id = events.create(current.require(), draft);
    return ResponseEntity.created(URI.create("/api/v1/events/" + id)).body(Map.of("id", id));
  }

  @GetMapping("/api/v1/events")
  @SecurityRequirements
  @Operation(summary = "Events whose registration has not closed (public)")
  PageResponse<TrainingEvent> upcoming(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return PageResponse.of(events.upcoming(pageOf(page, size)), e -> e);
  }

  @GetMapping("/api/v1/events/{id}")
  @SecurityRequirements
  @Operation(summary = "One event with its counters (public)")
  TrainingEvent find(@PathVariable long id) {
    return events.find(id);
  }

  @PostMapping("/api/v1/events/{id}/close")
  @Operation(summary = "Close registration now (officers of the event's scope)")
  ResponseEntity<Void> close(@PathVariable long id) {
    events.closeNow(current.require(), id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/events/{id}/selection/rank")
  @Operation(
      summary = "Score and rank the applicants of a closed SELECTION event (again until confirmed)")
  Selection.SelectionResult rank(@PathVariable long id) {
    return selection.rank(current.require(), id);
  }

  @PostMapping("/api/v1/events/{id}/selection/adjust")
  @Operation(summary = "Move a ranked applicant by some points, with the reason (audited)")
  Selection.SelectionResult adjust(
      @PathVariable long id, @Valid @RequestBody SelectionAdjustment a) {
    return selection.adjust(current.require(), id, a.registrationId(), a.points(), a.reason());
  }

  @PostMapping("/api/v1/events/{id}/selection/confirm")
  @Operation(summary = "Fix the ranking: the quota is confirmed, the rest form a ranked waitlist")
  Selection.SelectionResult confirm(@PathVariable long id) {
    return selection.confirm(current.require(), id);
  }

  @PostMapping("/api/v1/events/{id}/registrations/{registrationId}/follow-ups")
  @Operation(summary = "Record a 3- or 6-month follow-up survey")
  ResponseEntity<Void> followUp(
      @PathVariable long id,
      @PathVariable long registrationId,
      @RequestBody FollowUps.Answers answers) {
    followUps.recordByOfficer(current.require(), id, registrationId, answers);
    return ResponseEntity.status(HttpStatus.CREATED).build();
  }

  @GetMapping("/api/v1/training/outcomes")
  @Operation(summary = "Participants, surveys and new entrepreneurs of the caller's scope")
  FollowUps.Outcomes outcomes() {
    return followUps.outcomes(current.require());
  }

  static PageRequest pageOf(int page, int size) {
    if (size < 1 || size > 500) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 500);
    }
    return PageRequest.of(Math.max(page, 0), size);
  }
}
