package id.naikkelas.platform;

import java.sql.SQLException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Reads what went wrong with a request body or a statement from the exceptions' causes. */
final class BodyProblems {

  /** The field a body problem is about, as {@code answers.q1} or {@code photos[2]}. */
  record Field(String path, String messageKey, Object... args) {}

  private BodyProblems() {}

  static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RequestInputFilter.BodyTooLarge) {
        return true;
      }
    }
    return false;
  }

  /** The field of a JSON problem, or null when the body is not JSON at all. */
  static Field field(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
        if (json instanceof InvalidFormatException format
            && format.getTargetType() != null
            && format.getTargetType().isEnum()) {
          return new Field(path(json), "field.choice.oneOf", choices(format.getTargetType()));
        }
        return new Field(path(json), messageKey(json));
      }
    }
    return null;
  }

  private static String choices(Class<?> type) {
    StringBuilder names = new StringBuilder();
    for (Object constant : type.getEnumConstants()) {
      if (!names.isEmpty()) {
        names.append(", ");
      }
      names.append(((Enum<?>) constant).name());
    }
    return names.toString();
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String messageKey(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "field.unknown";
    }
    if (e instanceof InvalidFormatException format && "(hidden)".equals(format.getValue())) {
      return "field.text.control";
    }
    if (e instanceof InvalidFormatException format && format.getTargetType() == Amounts.class) {
      return "field.amount";
    }
    if (e instanceof InvalidFormatException format
        && format.getTargetType() == java.math.BigDecimal.class) {
      return "field.number.outOfRange";
    }
    return "field.malformed";
  }

  /** True when the statement failed with an SQLSTATE of the class (two first characters). */
  static boolean sqlStateClass(Throwable e, String stateClass) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(stateClass)) {
        return true;
      }
    }
    return false;
  }
}
