package id.naikkelas.registry.selfservice.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.Throttled;
import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.MyData;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.selfservice.SelfRegistration;
import id.naikkelas.registry.selfservice.SelfRegistrationForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Owners register themselves and keep their own businesses up to date. */
@RestController
@Tag(name = "Owners", description = "Self-registration and the owner's own businesses")
class SelfRegistrationApiController {

  /**
   * The answer to every accepted registration, whether the NIK was new or an owner already in the
   * registry (whose record is then claimed, not taken): it must not tell the two apart.
   */
  record SelfRegistrationReceived(String status, String message) {}

  private final SelfRegistration registration;
  private final Registry registry;
  private final MyData myData;
  private final CurrentActor current;
  private final MessageSource messages;

  SelfRegistrationApiController(
      SelfRegistration registration,
      Registry registry,
      MyData myData,
      CurrentActor current,
      MessageSource messages) {
    this.registration = registration;
    this.registry = registry;
    this.myData = myData;
    this.current = current;
    this.messages = messages;
  }

  @PostMapping("/api/v1/registrations")
  @SecurityRequirements
  @Throttled
  @Operation(
      summary =
          "Register an owner account and a business (DRAFT, to be verified); rate-limited. With the"
              + " NIK of an owner already registered, the account must prove the claim (a code to"
              + " the phone on record, or an officer who sees the KTP): the answer is the same")
  ResponseEntity<SelfRegistrationReceived> register(
      @RequestBody SelfRegistrationForm form, HttpServletRequest http) {
    registration.register(form, http.getRemoteAddr());
    return ResponseEntity.accepted()
        .body(
            new SelfRegistrationReceived(
                "RECEIVED",
                messages.getMessage(
                    "selfRegistration.done", null, LocaleContextHolder.getLocale())));
  }

  @GetMapping("/api/v1/my/businesses")
  @Operation(summary = "The signed-in owner's businesses")
  List<BusinessDetail> mine() {
    return registry.ownBusinesses(current.require());
  }

  @GetMapping("/api/v1/my/data")
  @Operation(
      summary = "Everything held about the signed-in owner and its processing history (UU 27/2022)")
  Map<String, Object> myData() {
    return myData.of(current.require());
  }

  @PutMapping("/api/v1/my/businesses/{id}")
  @Operation(summary = "Update one's own business; 404 for anyone else's")
  Map<String, Object> update(@PathVariable long id, @RequestBody BusinessDraft draft) {
    registry.updateByOwner(current.require(), id, draft);
    return Map.of("id", id);
  }
}
