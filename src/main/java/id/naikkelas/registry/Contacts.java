package id.naikkelas.registry;

import id.naikkelas.platform.PhoneNumbers;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/** A contact as people type it: an e-mail address or a phone number. */
@NamedInterface("lookup")
public final class Contacts {

  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");

  private Contacts() {}

  /** The e-mail address in lower case, or the phone in E.164; empty when the text is neither. */
  public static Optional<String> normalise(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String c = text.strip();
    if (c.contains("@")) {
      return EMAIL.matcher(c).matches() && c.length() <= 120
          ? Optional.of(c.toLowerCase(Locale.ROOT))
          : Optional.empty();
    }
    return PhoneNumbers.toE164(c);
  }

  /** For lists: {@code a***@example.id} or {@code +62812****5678}. */
  public static String mask(String contact) {
    int at = contact.indexOf('@');
    return at > 0 ? contact.charAt(0) + "***" + contact.substring(at) : PhoneNumbers.mask(contact);
  }
}
