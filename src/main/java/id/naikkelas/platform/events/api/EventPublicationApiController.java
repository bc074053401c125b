package id.naikkelas.platform.events.api;

import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import id.naikkelas.platform.events.EventPublicationView;
import id.naikkelas.platform.events.EventPublications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Incomplete event publications, for administrators. */
@RestController
@Tag(
    name = "Event publications",
    description = "Cross-module reactions not yet completed, and their resubmission (admin only)")
class EventPublicationApiController {

  private final EventPublications publications;

  EventPublicationApiController(EventPublications publications) {
    this.publications = publications;
  }

  @GetMapping("/api/v1/admin/event-publications")
  @Operation(summary = "Incomplete publications (waiting, running, failed), newest first")
  PageResponse<EventPublicationView> incomplete(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    if (size < 1 || size > 500) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 500);
    }
    return PageResponse.of(
        publications.incomplete(PageRequest.of(Math.max(page, 0), size)), p -> p);
  }

  @GetMapping("/api/v1/admin/event-publications/{id}")
  @Operation(summary = "One publication, complete or not")
  EventPublicationView one(@PathVariable UUID id) {
    return publications.find(id);
  }

  @PostMapping("/api/v1/admin/event-publications/{id}/resubmit")
  @Operation(
      summary = "Hand an incomplete publication to its listener again",
      description =
          "Refused (409) when it is completed or still running; the listener runs in the"
              + " background, so the answer may still show it resubmitted.")
  EventPublicationView resubmit(@PathVariable UUID id) {
    return publications.resubmit(id);
  }
}
