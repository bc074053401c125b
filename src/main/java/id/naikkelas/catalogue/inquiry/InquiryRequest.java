package id.naikkelas.catalogue.inquiry;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a buyer sends: a product ({@code productId}) or a business ({@code businessId}), who they
 * are and how to reach them, and the message. {@code website} is a honeypot left empty by people.
 * Lengths and contact forms are checked by {@link Inquiries#ask}, which names every wrong field.
 */
public record InquiryRequest(
    @Positive Long productId,
    @Positive Long businessId,
    @Size(max = 120) String buyerName,
    @Size(max = 200) String organisation,
    @Size(max = 2) String country,
    @Size(max = 200) String contact,
    @Size(max = 80) String quantity,
    @Size(max = 2000) String message,
    @Schema(pattern = "^$", description = "leave empty: a field only robots fill in")
        String website,
    @Positive Long expoId) {}
