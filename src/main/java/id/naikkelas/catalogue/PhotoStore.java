package id.naikkelas.catalogue;

import id.naikkelas.platform.DatabaseProperties;
import id.naikkelas.platform.UploadedImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Product photos: read by content and re-encoded as JPEG in two sizes by the platform's {@link
 * UploadedImages}. The original bytes are never kept or served, so nothing hidden in them survives.
 */
@Component
class PhotoStore {

  static final long MAX_BYTES = 8L * 1024 * 1024;
  static final int LARGE = 1600;
  static final int SMALL = 480;

  record Stored(int width, int height, int bytes) {}

  private final Path folder;

  PhotoStore(DatabaseProperties data) {
    this.folder = data.dataDir().resolve("photos");
  }

  /** Reads and checks the image; the caller stores it under an id with {@link #write}. */
  BufferedImage read(byte[] bytes) {
    return UploadedImages.read(bytes, MAX_BYTES, "photo", "catalogue.photo", LARGE);
  }

  Stored write(long photoId, BufferedImage image) {
    try {
      Files.createDirectories(folder);
      BufferedImage l = UploadedImages.scale(image, LARGE);
      byte[] large = UploadedImages.jpeg(l);
      Files.write(folder.resolve(photoId + ".jpg"), large);
      Files.write(
          folder.resolve(photoId + "-" + SMALL + ".jpg"),
          UploadedImages.jpeg(UploadedImages.scale(image, SMALL)));
      return new Stored(l.getWidth(), l.getHeight(), large.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] bytes(long photoId, boolean small) {
    try {
      return Files.readAllBytes(folder.resolve(photoId + (small ? "-" + SMALL : "") + ".jpg"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] readAll(InputStream in) throws IOException {
    return in.readNBytes((int) MAX_BYTES + 1);
  }
}
