package id.naikkelas.access;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import id.naikkelas.notification.Channel;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.PersonalDataCipher;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * An account's own contact, where its unlock links go: an e-mail address or a phone (typed {@code
 * 0812…}, kept in E.164). Personal data: stored encrypted, shown masked.
 */
@Component
class AccountContacts {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}");
  private static final int MAX_LENGTH = AccountFields.CONTACT_MAX;

  private final PersonalDataCipher cipher;

  AccountContacts(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  /**
   * The contact as stored (lower-case e-mail or E.164 phone); empty for a blank one; a problem on
   * {@code contact} for anything else.
   */
  Optional<String> check(String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip();
    if (value.length() <= MAX_LENGTH && EMAIL.matcher(value).matches()) {
      return Optional.of(value.toLowerCase(Locale.ROOT));
    }
    Optional<String> phone = phone(value);
    if (phone.isEmpty()) {
      problems.add(new FieldProblem("contact", "account.contact.invalid"));
    }
    return phone;
  }

  void store(Account account, Optional<String> contact) {
    account.contact(
        contact.map(cipher::encrypt).orElse(null), contact.map(AccountContacts::mask).orElse(null));
  }

  Optional<String> of(Account account) {
    return Optional.ofNullable(cipher.decrypt(account.contactCipher()));
  }

  static Channel channelOf(String contact) {
    return contact.indexOf('@') > 0 ? Channel.EMAIL : Channel.WHATSAPP;
  }

  static String mask(String contact) {
    int at = contact.indexOf('@');
    if (at > 0) {
      return contact.charAt(0) + "***" + contact.substring(at);
    }
    return contact.length() < 9
        ? "****"
        : contact.substring(0, 6) + "****" + contact.substring(contact.length() - 4);
  }

  private static Optional<String> phone(String text) {
    if (text.length() > 30) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = PHONES.parse(text, "ID");
      return PHONES.isValidNumber(number)
          ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
