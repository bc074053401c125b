package id.naikkelas.export.market;

import io.swagger.v3.oas.annotations.media.Schema;

/** A target market as its owner or an officer adds it. */
public record TargetMarketForm(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "JP",
            description = "ISO 3166-1 alpha-2")
        String country,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "5208",
            description = "HS 2022 heading (4 digits)")
        String hsHeading,
    @Schema(maxLength = 160, description = "the buyer firm, if one is in view") String buyerName,
    @Schema(maxLength = 500) String note) {}
