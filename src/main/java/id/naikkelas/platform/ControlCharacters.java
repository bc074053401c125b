package id.naikkelas.platform;

/**
 * Characters that no field of a form or request may hold: NUL and the other C0 controls (but tab,
 * line feed and carriage return), DEL and the C1 controls. PostgreSQL refuses NUL in text, and the
 * others only hide or garble what a person reads.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** True when the text holds a control character; null is fine. */
  public static boolean in(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
        return true;
      }
    }
    return false;
  }
}
