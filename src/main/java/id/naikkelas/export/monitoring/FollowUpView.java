package id.naikkelas.export.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A follow-up action: overdue when still open after its due date (Asia/Jakarta). */
public record FollowUpView(
    long id,
    long visitId,
    long businessId,
    String businessName,
    String description,
    String owner,
    LocalDate dueOn,
    FollowUpState state,
    @Schema(description = "OPEN and due before today (Asia/Jakarta)") boolean overdue,
    String completedBy,
    LocalDate completedOn,
    String completionNote) {}
