package id.naikkelas.licensing.web;

import id.naikkelas.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Lists typed into one field ("12, 15" or "29 30"), read as numbers; text that is not, named. */
final class FormLists {

  private FormLists() {}

  static List<Long> longs(String text, String field) {
    List<Long> values = new ArrayList<>();
    for (String part : parts(text)) {
      try {
        values.add(Long.parseLong(part));
      } catch (NumberFormatException e) {
        throw new InvalidInputException(field, "field.malformed");
      }
    }
    return values;
  }

  static List<Integer> ints(String text, String field) {
    return longs(text, field).stream()
        .map(v -> v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? -1 : v.intValue())
        .toList();
  }

  private static String[] parts(String text) {
    return text == null || text.isBlank() ? new String[0] : text.strip().split("[\\s,;]+");
  }
}
