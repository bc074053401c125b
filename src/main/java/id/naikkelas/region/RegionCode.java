package id.naikkelas.region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code in dotted form, {@code 35.24.01.2001}. The code is a path: a code covers
 * itself and every code that extends it.
 */
public record RegionCode(String value) {

  private static final Pattern FORMAT =
      Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

  public RegionCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a region code: " + value);
    }
  }

  /** The code, or empty when the text is not shaped like one. */
  public static Optional<RegionCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    return FORMAT.matcher(trimmed).matches()
        ? Optional.of(new RegionCode(trimmed))
        : Optional.empty();
  }

  public RegionLevel level() {
    return RegionLevel.ofSegments(value.split("\\.").length);
  }

  public Optional<RegionCode> parent() {
    int dot = value.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, dot)));
  }

  /** True when {@code other} is this region or lies inside it. */
  public boolean covers(RegionCode other) {
    return other.value.equals(value) || other.value.startsWith(value + ".");
  }

  /** True when one of the two lies inside the other. */
  public boolean overlaps(RegionCode other) {
    return covers(other) || other.covers(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
