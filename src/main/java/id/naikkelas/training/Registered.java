package id.naikkelas.training;

/** The outcome of a registration: its place in the event. */
public record Registered(long id, RegistrationStatus status, int arrival, String ticket) {}
