package id.naikkelas.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An event as sent to the API or read from the form, checked whole by {@link EventChecker} (every
 * problem at once). The registration window takes {@code 2026-12-01T08:00+07:00}, {@code
 * 2026-12-01T08:00} (WIB) or a date (the start of that day for the opening, its end for the
 * closing). {@code eligibleKbli} lists KBLI code prefixes (2 to 5 digits) one of which a
 * participant's business must have; {@code endsOn} defaults to {@code startsOn}, {@code sessions}
 * to 1, {@code minSessions} to {@code sessions}, {@code audience} to ANYONE.
 */
public record EventDraft(
    @NotBlank @Size(min = 1, max = 200) String title,
    @NotNull EventType type,
    @NotNull EventMode mode,
    @NotNull @Min(1) @Max(100_000) Integer quota,
    @NotNull @JsonDeserialize(using = EventText.Opening.class) Instant registrationOpens,
    @NotNull @JsonDeserialize(using = EventText.Closing.class) Instant registrationCloses,
    @NotBlank @Pattern(regexp = EventText.REGION_CODE) String regionScope,
    @NotNull LocalDate startsOn,
    LocalDate endsOn,
    @Min(1) @Max(60) Integer sessions,
    @Min(1) @Max(60) Integer minSessions,
    @Schema(description = "where it happens; a place or an online link is required")
        @Size(max = 300)
        String place,
    @Schema(format = "uri") @Size(max = 300) String onlineLink,
    @NotBlank @Size(min = 1, max = 200) String organiser,
    @Size(max = 400) String partners,
    @Size(max = 4000) String description,
    @Size(max = 200) String programme,
    @Pattern(regexp = EventText.REGION_CODE) String eligibleRegion,
    @ArraySchema(schema = @Schema(allowableValues = {"MICRO", "SMALL", "MEDIUM"}))
        List<String> eligibleSizes,
    Audience audience,
    @Size(max = 20) List<Question> questions,
    Map<String, BigDecimal> criteria,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @ArraySchema(schema = @Schema(pattern = "^\\d{2,5}$"))
        List<String> eligibleKbli) {}
