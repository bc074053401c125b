package id.naikkelas.training.registration;

import java.time.Instant;

/**
 * A registration received and waiting for its confirmation from the phone given: the place its
 * arrival holds until {@code confirmBy} ({@code CONFIRMED} a seat, {@code WAITLISTED}, or {@code
 * APPLIED} for a selection). It names no registration and no ticket, and reads the same whether or
 * not the NIK was registered before: the code and, once confirmed, the ticket go to the phone.
 */
public record Pending(RegistrationStatus place, Instant confirmBy) {}
