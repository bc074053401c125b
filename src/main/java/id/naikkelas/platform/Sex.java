package id.naikkelas.platform;

/** As the NIK encodes it: women's birth day is raised by 40. Imports write L or P. */
public enum Sex {
  MALE("L"),
  FEMALE("P");

  private final String letter;

  Sex(String letter) {
    this.letter = letter;
  }

  public String letter() {
    return letter;
  }

  /** L (laki-laki) or P (perempuan), case ignored; null when neither. */
  public static Sex ofLetter(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
      case "L", "LAKI-LAKI", "MALE" -> MALE;
      case "P", "PEREMPUAN", "FEMALE" -> FEMALE;
      default -> null;
    };
  }
}
