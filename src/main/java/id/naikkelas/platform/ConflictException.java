package id.naikkelas.platform;

/** The input is well-formed but collides with what is stored (a taken username): HTTP 409. */
public class ConflictException extends InvalidInputException {

  public ConflictException(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }

  @Override
  public int status() {
    return 409;
  }
}
