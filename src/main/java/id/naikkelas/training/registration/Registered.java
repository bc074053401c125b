package id.naikkelas.training.registration;

import org.springframework.modulith.NamedInterface;

/** The outcome of a registration: its place in the event. */
@NamedInterface("registration")
public record Registered(long id, RegistrationStatus status, int arrival, String ticket) {}
