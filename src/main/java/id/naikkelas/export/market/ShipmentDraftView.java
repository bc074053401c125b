package id.naikkelas.export.market;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A shipment draft from a catalogue deal: what the record-shipment form is prefilled with (the
 * destination, the buyer's organisation, the goods from the product's name, the deal's value).
 */
public record ShipmentDraftView(
    long id,
    long businessId,
    long inquiryId,
    @Schema(example = "JP") String country,
    @Schema(example = "Jepang") String countryName,
    @Schema(description = "the buyer's organisation, if the inquiry named one") String buyerName,
    Long productId,
    @Schema(description = "the product's name, as the shipment's commodity") String commodity,
    BigDecimal value,
    @Schema(example = "USD") String currency,
    DraftState state,
    Instant createdAt,
    @Schema(description = "the shipment recorded from it, once USED") Long shipmentId) {}
