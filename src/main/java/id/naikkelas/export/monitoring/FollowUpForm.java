package id.naikkelas.export.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A follow-up action agreed on a visit: what, who is responsible, by when. */
public record FollowUpForm(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String description,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            maxLength = 120,
            example = "Disperindag – Seksi Ekspor",
            description = "who is responsible: an office, a section or the business owner's name")
        String owner,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description = "not before the day of the visit")
        LocalDate dueOn) {}
