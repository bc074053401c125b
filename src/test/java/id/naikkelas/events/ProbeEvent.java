package id.naikkelas.events;

/** A test-only event, told apart by its marker. */
public record ProbeEvent(String marker) {}
