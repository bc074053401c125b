package id.naikkelas.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An event as typed into the form or sent to the API, text as given and checked by {@link
 * EventChecker}. Times are ISO ({@code 2026-12-01T08:00+07:00}, {@code 2026-12-01T08:00} in WIB, or
 * a date). {@code eligibleKbli} lists KBLI code prefixes (2 to 5 digits, comma-separated) one of
 * which a participant's business must have.
 */
public record EventDraft(
    String title,
    String type,
    String mode,
    String quota,
    String registrationOpens,
    String registrationCloses,
    String regionScope,
    String startsOn,
    String endsOn,
    String sessions,
    String minSessions,
    String place,
    String onlineLink,
    String organiser,
    String partners,
    String description,
    String programme,
    String eligibleRegion,
    List<String> eligibleSizes,
    String audience,
    List<Question> questions,
    Map<String, BigDecimal> criteria,
    String eligibleKbli) {}
