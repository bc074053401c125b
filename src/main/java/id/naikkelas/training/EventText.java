package id.naikkelas.training;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * How an event's numbers, times and dates are read from text — the one place for it, used by the
 * JSON body ({@link Opening}, {@link Closing}) and by the event form (a problem per field that does
 * not parse, with the form's message keys).
 */
public final class EventText {

  /** A Kemendagri region code: province, regency, district or village ({@code 35.24.17}). */
  public static final String REGION_CODE = "^\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?$";

  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private EventText() {}

  /**
   * An instant written with an offset, as a WIB local time, or as a date: the start of that day in
   * WIB, or (for a closing time) its end.
   */
  public static Optional<Instant> instant(String text, boolean endOfDay) {
    String s = text.strip();
    try {
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(s).atZone(WIB).toInstant());
      } catch (DateTimeParseException notLocal) {
        try {
          LocalDate day = LocalDate.parse(s);
          return Optional.of((endOfDay ? day.plusDays(1) : day).atStartOfDay(WIB).toInstant());
        } catch (DateTimeParseException notDate) {
          return Optional.empty();
        }
      }
    }
  }

  /** A whole number as typed; null when empty, null with the problem when it is not a number. */
  public static Integer number(String v, String field, List<FieldProblem> p) {
    if (FormFields.blank(v)) {
      return null;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      p.add(new FieldProblem(field, "training.number.invalid"));
      return null;
    }
  }

  /** A time as typed (see {@link #instant}); null when empty or, with the problem, unreadable. */
  public static Instant time(String v, String field, boolean endOfDay, List<FieldProblem> p) {
    if (FormFields.blank(v)) {
      return null;
    }
    Optional<Instant> time = instant(v, endOfDay);
    if (time.isEmpty()) {
      p.add(new FieldProblem(field, "training.time.invalid"));
    }
    return time.orElse(null);
  }

  /** An ISO date as typed; null when empty or, with the problem, unreadable. */
  public static LocalDate date(String v, String field, List<FieldProblem> p) {
    if (FormFields.blank(v)) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      p.add(new FieldProblem(field, "training.date.invalid"));
      return null;
    }
  }

  /** One of the enum's names, case ignored; null when empty or, with the problem, unknown. */
  public static <E extends Enum<E>> E choice(
      Class<E> type, String v, String field, List<FieldProblem> p) {
    return FormFields.blank(v) ? null : FormFields.choice(type, v, field, p);
  }

  /** KBLI prefixes as typed, separated by commas, semicolons or spaces. */
  public static List<String> prefixes(String v) {
    List<String> out = new ArrayList<>();
    if (!FormFields.blank(v)) {
      for (String prefix : v.strip().split("[,;\\s]+")) {
        if (!prefix.isBlank()) {
          out.add(prefix);
        }
      }
    }
    return out;
  }

  /** A registration opening in a JSON body: a date means the start of that day in WIB. */
  public static final class Opening extends Times {
    public Opening() {
      super(false);
    }
  }

  /** A registration closing in a JSON body: a date means the end of that day in WIB. */
  public static final class Closing extends Times {
    public Closing() {
      super(true);
    }
  }

  abstract static class Times extends ValueDeserializer<Instant> {

    private final boolean endOfDay;

    Times(boolean endOfDay) {
      this.endOfDay = endOfDay;
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw InvalidFormatException.from(parser, "not a time", parser.getString(), Instant.class);
      }
      String text = parser.getString();
      if (text.isBlank()) {
        return null;
      }
      return instant(text, endOfDay)
          .orElseThrow(
              () -> InvalidFormatException.from(parser, "not a time", text, Instant.class));
    }
  }
}
