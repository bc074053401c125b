package id.naikkelas.platform;

/** An uploaded file over its size limit: the API answers 413, naming the field. */
public class UploadTooLargeException extends InvalidInputException {

  public UploadTooLargeException(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }

  @Override
  public int status() {
    return 413;
  }
}
