package id.naikkelas.export.market.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a target market is given up. */
public record DropRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String reason) {}
