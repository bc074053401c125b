package id.naikkelas.training.matching;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.springframework.modulith.NamedInterface;

/** A meeting as officers and participants see it; status and outcome status by name. */
@NamedInterface("matching")
public record MatchingMeetingView(
    long id,
    long requesterId,
    String requester,
    long inviteeId,
    String invitee,
    String status,
    Integer slot,
    LocalTime startsAt,
    Integer table,
    String outcomeKind,
    BigDecimal outcomeValue,
    String outcomeCurrency,
    String outcomeStatus) {}
