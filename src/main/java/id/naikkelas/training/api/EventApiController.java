package id.naikkelas.training.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import id.naikkelas.training.EventDraft;
import id.naikkelas.training.Events;
import id.naikkelas.training.FollowUps;
import id.naikkelas.training.TrainingEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Events and their follow-up; registration and selection have their own controllers. */
@RestController
@Tag(name = "Events", description = "Training and events: registration, selection, attendance")
class EventApiController {

  private final Events events;
  private final FollowUps followUps;
  private final CurrentActor current;

  EventApiController(Events events, FollowUps followUps, CurrentActor current) {
    this.events = events;
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

  private static PageRequest pageOf(int page, int size) {
    if (size < 1 || size > 500) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 500);
    }
    return PageRequest.of(Math.max(page, 0), size);
  }
}
