package id.naikkelas.export.market;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A move in a target market's history ({@code from} null for its creation). */
public record MarketStepView(
    MarketState from,
    MarketState to,
    @Schema(description = "the account, or \"system\" for a move by a recorded shipment") String by,
    Instant at,
    @Schema(description = "the shipment that made the move, if one did") Long shipmentId,
    String reason) {}
