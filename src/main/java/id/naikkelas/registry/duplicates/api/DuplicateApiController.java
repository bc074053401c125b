package id.naikkelas.registry.duplicates.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import id.naikkelas.registry.duplicates.DuplicatePair;
import id.naikkelas.registry.duplicates.Duplicates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The duplicate review queue for officers' tools. */
@RestController
@Tag(name = "Duplicates", description = "Likely duplicate businesses: review, merge, dismiss")
class DuplicateApiController {

  private final Duplicates duplicates;
  private final CurrentActor current;

  DuplicateApiController(Duplicates duplicates, CurrentActor current) {
    this.duplicates = duplicates;
    this.current = current;
  }

  @GetMapping("/api/v1/duplicates")
  @Operation(summary = "Open pairs of the caller's scope, most alike first")
  PageResponse<DuplicatePair> open(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (size < 1 || size > 200) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 200);
    }
    return PageResponse.of(
        duplicates.open(current.require(), PageRequest.of(Math.max(page, 0), size)), p -> p);
  }

  @PostMapping("/api/v1/duplicates/{id}/merge")
  @Operation(summary = "Keep one record (keep=<business id>) and merge the other into it")
  ResponseEntity<Void> merge(@PathVariable long id, @RequestParam long keep) {
    duplicates.merge(current.require(), id, keep);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/duplicates/{id}/dismiss")
  @Operation(summary = "The two records are different businesses")
  ResponseEntity<Void> dismiss(@PathVariable long id) {
    duplicates.dismiss(current.require(), id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/duplicate-scans/latest")
  @Operation(summary = "The latest scan of the caller's scope: status and pairs found")
  ResponseEntity<Map<String, Object>> latest() {
    return duplicates
        .lastScan(current.require())
        .map(ResponseEntity::ok)
        .orElse(ResponseEntity.notFound().build());
  }

  @PostMapping("/api/v1/duplicate-scans")
  @Operation(summary = "Scan the caller's whole scope for likely duplicates, as a job (202)")
  ResponseEntity<Map<String, Object>> scan() {
    UUID id = duplicates.startScan(current.require());
    return ResponseEntity.accepted().body(Map.of("id", id, "status", "RUNNING"));
  }
}
