package id.naikkelas.training.registration;

/**
 * The patterns a person's fields are documented with in request bodies; {@link RegistrationChecker}
 * reads the fields (a NIK may come with spaces or dots, a phone as people type it) and names the
 * field it refuses.
 */
final class PersonText {

  /** A NIK: 16 digits. */
  static final String NIK = "^\\d{16}$";

  /** A phone as typed: {@code 0812…} or {@code +62812…}, with spaces, dashes or brackets. */
  static final String PHONE = "^\\+?[0-9][0-9 ().-]{7,24}$";

  /** A village (desa/kelurahan) code: {@code 35.24.17.2007}. */
  static final String VILLAGE = "^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$";

  private PersonText() {}
}
