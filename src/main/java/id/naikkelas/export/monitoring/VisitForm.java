package id.naikkelas.export.monitoring;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** A visit to an exporter as the visiting officer enters it. */
public record VisitForm(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description = "the day of the visit: not in the future, not before 2000")
        LocalDate visitedOn,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            maxLength = 200,
            example = "Disperindag – Seksi Ekspor (2 orang), pendamping PLUT")
        String visitors,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String findings,
    @ArraySchema(
            arraySchema = @Schema(description = "what holds the exporter back; each at most once"))
        List<VisitObstacleForm> obstacles,
    @ArraySchema(arraySchema = @Schema(description = "the follow-up actions agreed on the visit"))
        List<FollowUpForm> actions) {

  public VisitForm {
    obstacles = obstacles == null ? List.of() : obstacles;
    actions = actions == null ? List.of() : actions;
  }
}
