package id.naikkelas.notification;

import java.time.Instant;

/** A message in the outbox as lists show it: the recipient masked. */
public record OutboxMessage(
    long id,
    Channel channel,
    String recipientMasked,
    String subject,
    String body,
    String topic,
    String relatedId,
    String status,
    int attempts,
    Instant createdAt,
    Instant sentAt) {}
