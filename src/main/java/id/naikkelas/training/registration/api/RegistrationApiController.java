package id.naikkelas.training.registration.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import id.naikkelas.platform.Throttled;
import id.naikkelas.training.registration.Confirmations;
import id.naikkelas.training.registration.Disputes;
import id.naikkelas.training.registration.EventRegistrations;
import id.naikkelas.training.registration.Pending;
import id.naikkelas.training.registration.RegistrationRequest;
import id.naikkelas.training.registration.RegistrationRow;
import id.naikkelas.training.registration.RegistrationStatus;
import id.naikkelas.training.registration.Ticket;
import id.naikkelas.training.registration.Withdrawals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Registrations: register, confirm from the phone, withdraw, settle a disputed NIK. */
@RestController
@Tag(name = "Events", description = "Training and events: registration, selection, attendance")
class RegistrationApiController {

  /**
   * A registration received: always {@code PENDING}, with the place its arrival holds until {@code
   * confirmBy}. The code and, once confirmed, the ticket go to the phone given.
   */
  record EventRegistrationReceived(
      RegistrationStatus status, RegistrationStatus place, Instant confirmBy) {}

  /** The code sent to the phone (spaces and dashes ignored, any case), or the link it came in. */
  record Confirmation(
      @NotBlank @Size(max = 300) @Pattern(regexp = "^(.*/)?[A-Za-z2-9][A-Za-z2-9 -]{9,29}$")
          String code) {}

  private final EventRegistrations registrations;
  private final Confirmations confirmations;
  private final Disputes disputes;
  private final Withdrawals withdrawals;
  private final CurrentActor current;

  RegistrationApiController(
      EventRegistrations registrations,
      Confirmations confirmations,
      Disputes disputes,
      Withdrawals withdrawals,
      CurrentActor current) {
    this.registrations = registrations;
    this.confirmations = confirmations;
    this.disputes = disputes;
    this.withdrawals = withdrawals;
    this.current = current;
  }

  @PostMapping("/api/v1/events/{id}/registrations")
  @SecurityRequirements
  @Throttled
  @Operation(
      summary =
          "Register (public): 202 PENDING with the place held (CONFIRMED, WAITLISTED or APPLIED)"
              + " until confirmBy; a code goes to the phone given, to be sent back to"
              + " /api/v1/event-registrations/confirm. The answer is the same for a NIK already"
              + " registered. 409 for a closed window; 422 naming the field; 429 beyond the"
              + " limits per address, phone and NIK")
  ResponseEntity<EventRegistrationReceived> register(
      @PathVariable long id, @RequestBody RegistrationRequest request, HttpServletRequest http) {
    Pending p = registrations.request(id, request, http.getRemoteAddr());
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new EventRegistrationReceived(RegistrationStatus.PENDING, p.place(), p.confirmBy()));
  }

  @PostMapping("/api/v1/event-registrations/confirm")
  @SecurityRequirements
  @Throttled
  @Operation(
      summary =
          "Confirm a registration with the code sent to the phone (public): the place and the"
              + " ticket; 422 for an unknown, mistyped or expired code (nothing changes); 409 when"
              + " the NIK already holds a confirmed registration of the event (settle it with an"
              + " officer, showing the KTP)")
  Confirmations.Confirmed confirm(@RequestBody Confirmation body, HttpServletRequest http) {
    return confirmations.confirm(body == null ? null : body.code(), http.getRemoteAddr());
  }

  @PostMapping("/api/v1/events/{id}/registrations/disputes")
  @Operation(
      summary =
          "Settle a disputed NIK (officers of the event's scope, who saw the KTP): the earlier"
              + " registration of the NIK is cancelled and the person takes its place (audited);"
              + " 422 naming the field, or nik when the NIK holds no registration of the event")
  ResponseEntity<Disputes.Settled> dispute(
      @PathVariable long id, @RequestBody Disputes.DisputeRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(disputes.settle(current.require(), id, request));
  }

  @GetMapping("/api/v1/events/{id}/registrations")
  @Operation(summary = "Registrations of an event of the caller's scope: status, rank, masked NIK")
  PageResponse<RegistrationRow> registrations(
      @PathVariable long id,
      @RequestParam(required = false) RegistrationStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageResponse.of(
        registrations.list(current.require(), id, status, pageOf(page, size)), r -> r);
  }

  @PostMapping("/api/v1/events/{id}/registrations/{registrationId}/withdraw")
  @Operation(summary = "Record a withdrawal; the next in line gets the place and is told")
  Withdrawals.Withdrawn withdraw(@PathVariable long id, @PathVariable long registrationId) {
    return withdrawals.byOfficer(current.require(), id, registrationId);
  }

  @GetMapping("/api/v1/my/registrations")
  @Operation(summary = "The signed-in owner's own event registrations with their tickets")
  List<Ticket> mine() {
    return registrations.ofAccount(current.require());
  }

  @PostMapping("/api/v1/tickets/{ticket}/withdraw")
  @SecurityRequirements
  @Operation(summary = "The ticket holder gives up their place (public, the ticket is the key)")
  Withdrawals.Withdrawn withdrawByTicket(@PathVariable String ticket) {
    return withdrawals.byTicket(ticket);
  }

  private static PageRequest pageOf(int page, int size) {
    if (size < 1 || size > 500) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 500);
    }
    return PageRequest.of(Math.max(page, 0), size);
  }
}
