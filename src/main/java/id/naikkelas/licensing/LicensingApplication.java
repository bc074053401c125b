package id.naikkelas.licensing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An application for a permit, as the owner (for their own business) or an officer (for a business
 * of the scope) sends it: P-IRT and halal name the catalogue products they cover; a trademark its
 * mark, Nice classes (1–34 goods or 35–45 services, not both) and goods or services. {@code
 * programmeId} joins a free-facilitation programme of the same kind; {@code renewalOf} renews an
 * issued permit inside its renewal window.
 */
public record LicensingApplication(
    @NotNull @Positive Long businessId,
    @NotNull LicenceKind kind,
    @Size(max = 50) List<@NotNull @Positive Long> productIds,
    @Positive Long programmeId,
    @Schema(description = "the mark's name, for a trademark") @Size(max = 120) String markName,
    @Size(max = 45) List<@NotNull @Min(1) @Max(45) Integer> niceClasses,
    @Size(max = 2000) String goodsServices,
    @Positive Long renewalOf) {}
