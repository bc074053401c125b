package id.naikkelas.export.shipment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A shipment as its recorder enters it. Either the date it left ({@code shippedOn}) or its year
 * (and, if known, month); a value in any ISO 4217 currency with the rate to rupiah used and the
 * rate's date (a rupiah value needs neither).
 */
public record ShipmentForm(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long businessId,
    @Schema(description = "the date the goods left; or give year (and month)") LocalDate shippedOn,
    @Schema(minimum = "2000") Integer year,
    @Schema(minimum = "1", maximum = "12") Integer month,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "520849",
            description = "HS 2022 subheading (6 digits) or BTKI 2022 national line (8 digits)")
        String hsCode,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String commodity,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "JP",
            description = "ISO 3166-1 alpha-2")
        String destinationCountry,
    @Schema(maxLength = 160) String buyerName,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "125000.00") BigDecimal value,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "USD", description = "ISO 4217")
        String currency,
    @Schema(example = "15650.25", description = "rupiah per unit of the currency; 1 for IDR")
        BigDecimal rateToIdr,
    LocalDate rateDate,
    BigDecimal quantity,
    @Schema(maxLength = 20, example = "kg") String unit,
    @Schema(maxLength = 40, example = "Form D") String originCertificate,
    @Schema(maxLength = 40) String pebNumber) {}
