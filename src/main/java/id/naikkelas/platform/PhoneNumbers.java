package id.naikkelas.platform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Phones typed as {@code 0812…} are stored in E.164, {@code +62812…} (libphonenumber). */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /** The number in E.164, or empty when it is not a valid number (Indonesian by default). */
  public static Optional<String> toE164(String text) {
    if (text == null || text.isBlank() || text.length() > 30) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(text.strip(), "ID");
      return UTIL.isValidNumber(number)
          ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** The WhatsApp link of an E.164 number: {@code https://wa.me/62812…}. */
  public static String whatsAppLink(String e164) {
    return "https://wa.me/" + e164.substring(1);
  }

  /** For lists: {@code +62812****5678}. */
  public static String mask(String e164) {
    if (e164 == null || e164.length() < 9) {
      return "";
    }
    return e164.substring(0, 6) + "****" + e164.substring(e164.length() - 4);
  }
}
