package id.naikkelas.training.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.modulith.NamedInterface;

/** What a scheduled meeting agreed: an MoU, a contract or nothing, and its value (ISO currency). */
@NamedInterface("matching")
public record MeetingOutcomeRequest(
    @NotNull MeetingOutcomeKind kind,
    @PositiveOrZero BigDecimal value,
    @Pattern(regexp = "(?i)\\s*([A-Z]{3})?\\s*") String currency,
    @Size(max = 500) String note) {}
