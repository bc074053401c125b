package id.naikkelas.export.importing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a shipment import stands, its counts and a page of its problems by row and column. */
record ShipmentImportResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String fileName,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {"XLSX", "CSV"})
        String format,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean dryRun,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {"RUNNING", "DONE", "FAILED"})
        String status,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "rows that are not blank")
        int totalRows,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int processedRows,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "100")
        int percent,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description = "rows recorded in the ledger (in a dry run: that would be)")
        int stored,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "rows refused") int refused,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
    Instant finishedAt,
    @Schema(description = "why the file itself failed (nothing recorded from it)") String failure,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "all problems of the job")
        long problemCount,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "this page of them")
        List<ShipmentImportProblemResponse> problems) {}
