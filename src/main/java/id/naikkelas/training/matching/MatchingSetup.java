package id.naikkelas.training.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.modulith.NamedInterface;

/** The day's time slots and tables of a business matching event, set by the organiser. */
@NamedInterface("matching")
public record MatchingSetup(
    @NotNull LocalDate day,
    @NotNull LocalTime firstSlot,
    @NotNull @Min(5) @Max(240) Integer slotMinutes,
    @NotNull @Min(1) @Max(100) Integer slots,
    @NotNull @Min(1) @Max(500) Integer tables) {}
