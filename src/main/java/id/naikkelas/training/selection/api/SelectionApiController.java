package id.naikkelas.training.selection.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.training.selection.Selection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The selection of a {@code SELECTION} event: rank, adjust, confirm. The operation ids are those of
 * the event API the endpoints came from.
 */
@RestController
@Tag(name = "Events", description = "Training and events: registration, selection, attendance")
class SelectionApiController {

  /** An officer's move of one applicant in a ranked selection. */
  record SelectionAdjustment(
      @NotNull @Positive Long registrationId,
      @NotNull @DecimalMin("-1000") @DecimalMax("1000") BigDecimal points,
      @NotBlank @Size(max = 300) String reason) {}

  private final Selection selection;
  private final CurrentActor current;

  SelectionApiController(Selection selection, CurrentActor current) {
    this.selection = selection;
    this.current = current;
  }

  @PostMapping("/api/v1/events/{id}/selection/rank")
  @Operation(
      operationId = "eventRank",
      summary = "Score and rank the applicants of a closed SELECTION event (again until confirmed)")
  Selection.SelectionResult rank(@PathVariable long id) {
    return selection.rank(current.require(), id);
  }

  @PostMapping("/api/v1/events/{id}/selection/adjust")
  @Operation(
      operationId = "eventAdjust",
      summary = "Move a ranked applicant by some points, with the reason (audited)")
  Selection.SelectionResult adjust(
      @PathVariable long id, @Valid @RequestBody SelectionAdjustment a) {
    return selection.adjust(current.require(), id, a.registrationId(), a.points(), a.reason());
  }

  @PostMapping("/api/v1/events/{id}/selection/confirm")
  @Operation(
      operationId = "eventConfirm",
      summary = "Fix the ranking: the quota is confirmed, the rest form a ranked waitlist")
  Selection.SelectionResult confirm(@PathVariable long id) {
    return selection.confirm(current.require(), id);
  }
}
