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
    return text != null && text.codePoints().anyMatch(ControlCharacters::is);
  }

  /** True for a control character of this rule: any C0 or C1 control but tab, LF and CR. */
  public static boolean is(int c) {
    return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
  }
}
