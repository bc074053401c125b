package id.naikkelas.export.monitoring.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The completion of a follow-up action: what came of it, if worth saying. */
record FollowUpCompleteRequest(
    @Schema(maxLength = 500, example = "Sertifikat halal terbit 12 Januari") String note) {}
