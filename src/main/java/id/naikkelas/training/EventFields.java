package id.naikkelas.training;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads an event draft's numbers, times and dates as typed, noting a problem per bad field. */
final class EventFields {

  private EventFields() {}

  static Integer number(
      String v, String field, int min, int max, boolean required, List<FieldProblem> p) {
    if (FormFields.blank(v)) {
      if (required) {
        p.add(new FieldProblem(field, "field.required"));
      }
      return null;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        p.add(new FieldProblem(field, "training.number.range", min, max));
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      p.add(new FieldProblem(field, "training.number.invalid"));
      return null;
    }
  }

  /** An instant; a bare date means the start of that day in WIB, or its end for a closing time. */
  static Instant time(String v, String field, boolean endOfDay, List<FieldProblem> p) {
    if (FormFields.blank(v)) {
      p.add(new FieldProblem(field, "field.required"));
      return null;
    }
    String s = v.strip();
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(s).atZone(EventChecker.WIB).toInstant();
      } catch (DateTimeParseException notLocal) {
        try {
          LocalDate day = LocalDate.parse(s);
          return (endOfDay ? day.plusDays(1) : day).atStartOfDay(EventChecker.WIB).toInstant();
        } catch (DateTimeParseException notDate) {
          p.add(new FieldProblem(field, "training.time.invalid"));
          return null;
        }
      }
    }
  }

  static LocalDate date(String v, String field, List<FieldProblem> p) {
    if (FormFields.blank(v)) {
      p.add(new FieldProblem(field, "field.required"));
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      p.add(new FieldProblem(field, "training.date.invalid"));
      return null;
    }
  }
}
