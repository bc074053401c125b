package id.naikkelas.training.registration;

/** What the holder of a ticket sees: their place, attendance and certificate. */
public record Ticket(
    long registrationId,
    long eventId,
    String eventTitle,
    String name,
    RegistrationStatus status,
    Integer rank,
    String ticket,
    int sessionsAttended,
    String certificateCode,
    boolean certificateRevoked) {}
