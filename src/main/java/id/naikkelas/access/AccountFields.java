package id.naikkelas.access;

/**
 * The bounds of an account's fields, in one place: {@link AccountRules} and {@link PasswordPolicy}
 * enforce them, the request records declare them in the API's schema.
 */
public final class AccountFields {

  /** A username after normalising (trimmed, lower case). */
  public static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,49}";

  public static final int USERNAME_MIN = 3;
  public static final int USERNAME_MAX = 50;
  public static final int FULL_NAME_MAX = 120;
  public static final int PASSWORD_MIN = 12;
  public static final int PASSWORD_MAX = 128;
  public static final int CONTACT_MAX = 254;

  /** A Kemendagri region code: province, regency, district or village. */
  public static final String REGION_CODE = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?";

  private AccountFields() {}
}
