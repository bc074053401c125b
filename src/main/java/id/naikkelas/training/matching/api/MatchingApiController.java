package id.naikkelas.training.matching.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.Throttled;
import id.naikkelas.training.matching.BusinessMatching;
import id.naikkelas.training.matching.MatchingJoinRequest;
import id.naikkelas.training.matching.MatchingMeetingView;
import id.naikkelas.training.matching.MatchingMeetings;
import id.naikkelas.training.matching.MatchingParticipant;
import id.naikkelas.training.matching.MatchingParticipantPage;
import id.naikkelas.training.matching.MatchingReports;
import id.naikkelas.training.matching.MatchingReports.MatchingReport;
import id.naikkelas.training.matching.MatchingSetup;
import id.naikkelas.training.matching.MeetingOutcomeRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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

  /** A participant asks one of the other side for a meeting. */
  record MatchingMeetingRequest(@NotNull @Positive Long inviteeId) {}

  private final BusinessMatching matching;
  private final MatchingMeetings meetings;
  private final MatchingReports reports;
  private final CurrentActor current;

  MatchingApiController(
      BusinessMatching matching,
      MatchingMeetings meetings,
      MatchingReports reports,
      CurrentActor current) {
    this.matching = matching;
    this.meetings = meetings;
    this.reports = reports;
    this.current = current;
  }

  @PutMapping("/api/v1/events/{id}/matching/setup")
  @Operation(summary = "Set the day, first slot, slot length, number of slots and tables")
  ResponseEntity<Void> setUp(@PathVariable long id, @Valid @RequestBody MatchingSetup setup) {
    matching.setUp(current.require(), id, setup);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/events/{id}/matching/participants")
  @SecurityRequirements
  @Throttled
  @Operation(summary = "Join as a UMKM or a buyer (public); answers the private token")
  ResponseEntity<Map<String, Object>> join(
      @PathVariable long id,
      @RequestBody MatchingJoinRequest join, // checked whole by the service: every problem at once
      HttpServletRequest http) {
    String token = matching.join(id, join, http.getRemoteAddr());
    return ResponseEntity.created(URI.create("/api/v1/matching/" + token))
        .body(Map.of("token", token));
  }

  @GetMapping("/api/v1/matching/{token}")
  @SecurityRequirements
  @Operation(summary = "The participant's page: the other side and their own meetings")
  MatchingParticipantPage mine(@PathVariable String token) {
    return matching.mine(token);
  }

  @PostMapping("/api/v1/matching/{token}/meetings")
  @SecurityRequirements
  @Operation(summary = "Ask a participant of the other side for a meeting")
  ResponseEntity<Map<String, Object>> request(
      @PathVariable String token, @Valid @RequestBody MatchingMeetingRequest request) {
    long id = matching.request(token, request.inviteeId());
    return ResponseEntity.status(201).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/matching/{token}/meetings/{meetingId}/decline")
  @SecurityRequirements
  @Operation(summary = "Turn down a request made to you (only while it is REQUESTED)")
  ResponseEntity<Void> decline(@PathVariable String token, @PathVariable long meetingId) {
    matching.decline(token, meetingId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/events/{id}/matching/schedule")
  @Operation(summary = "Put open requests into the earliest slot and table both sides are free")
  Map<String, Integer> schedule(@PathVariable long id) {
    return meetings.schedule(current.require(), id);
  }

  @GetMapping("/api/v1/events/{id}/matching/participants")
  @Operation(summary = "Participants of both sides (officers)")
  List<MatchingParticipant> participants(@PathVariable long id) {
    return matching.participants(current.require(), id);
  }

  @GetMapping("/api/v1/events/{id}/matching/meetings")
  @Operation(summary = "Meetings with slot, time, table and outcome (officers)")
  List<MatchingMeetingView> meetings(@PathVariable long id) {
    return matching.meetings(current.require(), id);
  }

  @PostMapping("/api/v1/meetings/{meetingId}/outcome")
  @Operation(
      summary = "Record what a scheduled meeting agreed (MOU, CONTRACT, NONE); it is followed up")
  MatchingMeetingView outcome(
      @PathVariable long meetingId, @Valid @RequestBody MeetingOutcomeRequest outcome) {
    return meetings.recordOutcome(current.require(), meetingId, outcome);
  }

  @PostMapping("/api/v1/meetings/{meetingId}/realise")
  @Operation(summary = "The followed-up outcome came true")
  MatchingMeetingView realise(@PathVariable long meetingId) {
    return meetings.realise(current.require(), meetingId);
  }

  @PostMapping("/api/v1/meetings/{meetingId}/drop")
  @Operation(summary = "The followed-up outcome will not come true")
  MatchingMeetingView drop(@PathVariable long meetingId) {
    return meetings.drop(current.require(), meetingId);
  }

  @GetMapping("/api/v1/events/{id}/matching/report")
  @Operation(summary = "Participants, meetings, MoUs, contracts and value by currency")
  MatchingReport report(@PathVariable long id) {
    return reports.report(current.require(), id);
  }
}
