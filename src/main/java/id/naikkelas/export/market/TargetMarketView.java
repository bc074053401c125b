package id.naikkelas.export.market;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A target market with the certificate of origin its country needs and its history. */
public record TargetMarketView(
    long id,
    long businessId,
    @Schema(example = "JP") String country,
    @Schema(example = "Jepang") String countryName,
    @Schema(example = "5208") String hsHeading,
    @Schema(description = "the heading's description, Indonesian where there is one")
        String headingDescription,
    String buyerName,
    String note,
    MarketState state,
    String dropReason,
    Instant updatedAt,
    @Schema(description = "the moves the state allows, by their path (sample-sent, drop...)")
        List<String> moves,
    OriginRequirement origin,
    List<MarketStepView> history) {}
