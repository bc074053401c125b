package id.naikkelas.platform;

/**
 * The size rule every upload obeys, before anything reads its content: an empty file is refused
 * (422, {@code <keys>.empty}), one over the limit too (413, {@code <keys>.tooLarge} with the limit
 * in MB), both on the caller's field.
 */
public final class UploadSize {

  private UploadSize() {}

  public static void check(byte[] bytes, long maxBytes, String field, String keys) {
    if (bytes.length == 0) {
      throw new InvalidInputException(field, keys + ".empty");
    }
    if (bytes.length > maxBytes) {
      throw new UploadTooLargeException(field, keys + ".tooLarge", maxBytes / 1024 / 1024);
    }
  }
}
