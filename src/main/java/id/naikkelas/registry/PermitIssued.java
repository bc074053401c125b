package id.naikkelas.registry;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * A permit issued to a business (by the licensing facilitation): its number in stored form, and the
 * day its validity ends where it has one (a P-IRT; a trademark's protection).
 */
@NamedInterface("permits")
public record PermitIssued(PermitKind kind, String number, LocalDate expiresOn) {}
