package id.naikkelas.training.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * Joining a business matching day: {@code side} UMKM or BUYER; a buyer's {@code kind} COMPANY,
 * EXPORTER, RETAILER, BANK or OTHER; {@code country} ISO 3166 alpha-2 (default ID); {@code website}
 * is a trap for robots and must stay empty.
 */
@NamedInterface("matching")
public record MatchingJoinRequest(
    @NotBlank @Pattern(regexp = "(?i)\\s*(UMKM|BUYER)\\s*") String side,
    @Pattern(regexp = "(?i)\\s*(COMPANY|EXPORTER|RETAILER|BANK|OTHER)?\\s*") String kind,
    @NotBlank @Size(max = 120) String name,
    @NotBlank @Size(max = 200) String organisation,
    @Pattern(regexp = "(?i)\\s*([A-Z]{2})?\\s*") String country,
    @NotBlank @Size(max = 100) String contact,
    @Size(max = 500) String interests,
    @Size(max = 0) String website) {}
