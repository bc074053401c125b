package id.naikkelas.licensing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A free-facilitation programme with its yearly quota, e.g. "Fasilitasi Sertifikasi Halal Gratis
 * 2026", 300 places, the regency: requests of its kind from businesses inside {@code regionScope}
 * may join it.
 */
public record ProgrammeRequest(
    @NotBlank @Size(max = 200) String name,
    @NotNull LicenceKind kind,
    @NotNull @Min(2000) @Max(2100) Integer year,
    @NotNull @Min(0) @Max(1_000_000) Integer quota,
    @NotBlank @Pattern(regexp = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?") String regionScope) {}
