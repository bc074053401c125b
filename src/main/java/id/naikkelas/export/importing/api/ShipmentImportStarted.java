package id.naikkelas.export.importing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A shipment import accepted: poll its id for progress and problems. */
record ShipmentImportStarted(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "RUNNING") String status) {}
