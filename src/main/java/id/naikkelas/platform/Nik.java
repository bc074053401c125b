package id.naikkelas.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/**
 * A national identity number: 16 digits {@code PPKKCC DDMMYY NNNN} — province, regency and district
 * of registration, birth date (women's day plus 40) and a serial that is never 0000.
 */
public final class Nik {

  private final String value;
  private final LocalDate birthDate;
  private final Sex sex;

  private Nik(String value, LocalDate birthDate, Sex sex) {
    this.value = value;
    this.birthDate = birthDate;
    this.sex = sex;
  }

  /** Why a text is not a NIK, as a message key {@code nik.<reason>}. */
  public enum Problem {
    REQUIRED,
    LENGTH,
    MONTH,
    DAY,
    SERIAL;

    public String messageKey() {
      return "nik." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A parsed NIK, or the first problem found. */
  public record Parsed(Nik nik, Problem problem) {
    public boolean valid() {
      return nik != null;
    }
  }

  /**
   * Reads a NIK. Two-digit years are placed in the last hundred years as of {@code today}. Spaces
   * and dots that people type between groups are ignored.
   */
  public static Parsed parse(String text, LocalDate today) {
    if (text == null || text.isBlank()) {
      return new Parsed(null, Problem.REQUIRED);
    }
    String digits = text.strip().replace(" ", "").replace(".", "");
    if (digits.length() != 16 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new Parsed(null, Problem.LENGTH);
    }
    int day = Integer.parseInt(digits.substring(6, 8));
    int month = Integer.parseInt(digits.substring(8, 10));
    int yy = Integer.parseInt(digits.substring(10, 12));
    if (month < 1 || month > 12) {
      return new Parsed(null, Problem.MONTH);
    }
    Sex sex = day > 40 ? Sex.FEMALE : Sex.MALE;
    int realDay = day > 40 ? day - 40 : day;
    int century =
        yy <= today.getYear() % 100
            ? today.getYear() / 100 * 100
            : (today.getYear() / 100 - 1) * 100;
    LocalDate birth;
    try {
      birth = LocalDate.of(Year.of(century + yy).getValue(), month, realDay);
    } catch (DateTimeException e) {
      return new Parsed(null, Problem.DAY);
    }
    if (birth.isAfter(today)) {
      return new Parsed(null, Problem.DAY);
    }
    if (digits.endsWith("0000")) {
      return new Parsed(null, Problem.SERIAL);
    }
    return new Parsed(new Nik(digits, birth, sex), null);
  }

  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Sex sex() {
    return sex;
  }

  /** The district of registration as a dotted region code, e.g. {@code 35.24.17}. */
  public String districtCode() {
    return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6);
  }

  /** For lists and exports: {@code 3524********0001}. */
  public String masked() {
    return mask(value);
  }

  /** Masks any 16-character NIK text the same way; empty for anything else. */
  public static String mask(String nik) {
    return Optional.ofNullable(nik)
        .filter(n -> n.length() == 16)
        .map(n -> n.substring(0, 4) + "********" + n.substring(12))
        .orElse("");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Nik nik && nik.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
