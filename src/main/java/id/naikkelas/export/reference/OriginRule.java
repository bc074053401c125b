package id.naikkelas.export.reference;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * The certificate of origin (SKA) an export to the country needs: a preferential form under a trade
 * agreement, or the non-preferential certificate when none applies ({@code agreement} null, {@code
 * updatedAt} null when no rule is stored for the country).
 */
@NamedInterface("reference")
public record OriginRule(
    String country,
    String form,
    String agreement,
    String source,
    boolean preferential,
    Instant updatedAt,
    String updatedBy) {}
