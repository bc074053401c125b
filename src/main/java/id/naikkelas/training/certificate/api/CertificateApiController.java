package id.naikkelas.training.certificate.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.training.certificate.Attendance;
import id.naikkelas.training.certificate.Certificates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Attendance and certificates: check-in, issue, check (public), print, revoke. */
@RestController
@Tag(name = "Events", description = "Training and events: registration, selection, attendance")
class CertificateApiController {

  record CheckInRequest(@NotBlank @Size(max = 500) String code, @Min(1) @Max(50) Integer session) {}

  record CertificateRevocation(@NotBlank @Size(max = 300) String reason) {}

  private final Attendance attendance;
  private final Certificates certificates;
  private final CurrentActor current;

  CertificateApiController(Attendance attendance, Certificates certificates, CurrentActor current) {
    this.attendance = attendance;
    this.certificates = certificates;
    this.current = current;
  }

  @PostMapping("/api/v1/events/{id}/check-ins")
  @Operation(summary = "Check a participant in by ticket code (or the scanned ticket link)")
  Attendance.CheckIn checkIn(@PathVariable long id, @Valid @RequestBody CheckInRequest request) {
    return attendance.checkIn(
        current.require(), id, request.code(), request.session() == null ? 1 : request.session());
  }

  @PostMapping("/api/v1/events/{id}/certificates")
  @Operation(summary = "Issue certificates to participants who met the attendance rule")
  Map<String, Object> issue(@PathVariable long id) {
    return Map.of("issued", certificates.issue(current.require(), id));
  }

  @GetMapping("/api/v1/public/certificates/{code}")
  @SecurityRequirements
  @Operation(
      summary =
          "Check a certificate (public): holder and event of a valid certificate; 404, the same"
              + " for an unknown, mistyped or revoked code")
  Certificates.Check check(@PathVariable String code) {
    return certificates.check(code);
  }

  @GetMapping(value = "/api/v1/certificates/{code}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The certificate as PDF (officers of the event's scope)")
  ResponseEntity<byte[]> pdf(@PathVariable String code, Locale locale) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .body(certificates.pdfForOfficer(current.require(), code, locale));
  }

  @PostMapping("/api/v1/certificates/{code}/revoke")
  @Operation(summary = "Revoke a certificate, with the reason (audited)")
  ResponseEntity<Void> revoke(
      @PathVariable String code, @Valid @RequestBody CertificateRevocation r) {
    certificates.revoke(current.require(), code, r.reason());
    return ResponseEntity.noContent().build();
  }
}
