package id.naikkelas.training.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.training.BusinessMatching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Business matching: participants, meeting requests, scheduling, outcomes. */
@RestController
@Tag(name = "Business matching", description = "Temu Usaha: UMKM meet buyers at tables in slots")
class MatchingApiController {

  record MeetingRequest(Long inviteeId) {}

  private final BusinessMatching matching;
  private final CurrentActor current;

  MatchingApiController(BusinessMatching matching, CurrentActor current) {
    this.matching = matching;
    this.current = current;
  }

  @PutMapping("/api/v1/events/{id}/matching/setup")
  @Operation(summary = "Set the day, first slot, slot length, number of slots and tables")
  ResponseEntity<Void> setUp(@PathVariable long id, @RequestBody BusinessMatching.Setup setup) {
    matching.setUp(current.require(), id, setup);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/events/{id}/matching/participants")
  @Operation(summary = "Join as a UMKM or a buyer (public); answers the private token")
  ResponseEntity<Map<String, Object>> join(
      @PathVariable long id, @RequestBody BusinessMatching.Join join, HttpServletRequest http) {
    String token = matching.join(id, join, http.getRemoteAddr());
    return ResponseEntity.created(URI.create("/api/v1/matching/" + token))
        .body(Map.of("token", token));
  }

  @GetMapping("/api/v1/matching/{token}")
  @Operation(summary = "The participant's page: the other side and their own meetings")
  BusinessMatching.Mine mine(@PathVariable String token) {
    return matching.mine(token);
  }

  @PostMapping("/api/v1/matching/{token}/meetings")
  @Operation(summary = "Ask a participant of the other side for a meeting")
  ResponseEntity<Map<String, Object>> request(
      @PathVariable String token, @RequestBody MeetingRequest request) {
    long id = matching.request(token, request.inviteeId() == null ? -1 : request.inviteeId());
    return ResponseEntity.status(201).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/matching/{token}/meetings/{meetingId}/decline")
  @Operation(summary = "Turn down a request made to you")
  ResponseEntity<Void> decline(@PathVariable String token, @PathVariable long meetingId) {
    matching.decline(token, meetingId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/events/{id}/matching/schedule")
  @Operation(summary = "Put open requests into the earliest slot and table both sides are free")
  Map<String, Integer> schedule(@PathVariable long id) {
    return matching.schedule(current.require(), id);
  }

  @GetMapping("/api/v1/events/{id}/matching/participants")
  @Operation(summary = "Participants of both sides (officers)")
  List<BusinessMatching.Participant> participants(@PathVariable long id) {
    return matching.participants(current.require(), id);
  }

  @GetMapping("/api/v1/events/{id}/matching/meetings")
  @Operation(summary = "Meetings with slot, time, table and outcome (officers)")
  List<BusinessMatching.Meeting> meetings(@PathVariable long id) {
    return matching.meetings(current.require(), id);
  }

  @PutMapping("/api/v1/events/{id}/matching/meetings/{meetingId}/outcome")
  @Operation(summary = "Record the outcome: MOU, CONTRACT or NONE; FOLLOW_UP, REALISED, DROPPED")
  ResponseEntity<Void> outcome(
      @PathVariable long id,
      @PathVariable long meetingId,
      @RequestBody BusinessMatching.Outcome outcome) {
    matching.recordOutcome(current.require(), id, meetingId, outcome);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/events/{id}/matching/report")
  @Operation(summary = "Participants, meetings, MoUs, contracts and value by currency")
  BusinessMatching.Report report(@PathVariable long id) {
    return matching.report(current.require(), id);
  }
}
