package id.naikkelas.catalogue;

import id.naikkelas.platform.DatabaseProperties;
import id.naikkelas.platform.InvalidInputException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Product photos: whatever arrives is decoded (a PDF or script renamed .jpg is not an image and is
 * refused), checked for size before decoding (no decompression bombs), and re-encoded as JPEG in
 * two sizes. The original bytes are never kept or served, so nothing hidden in them survives.
 */
@Component
class PhotoStore {

  static final long MAX_BYTES = 8L * 1024 * 1024;
  static final long MAX_PIXELS = 40_000_000L;
  static final int LARGE = 1600;
  static final int SMALL = 480;

  record Stored(int width, int height, int bytes) {}

  private final Path folder;

  PhotoStore(DatabaseProperties data) {
    this.folder = data.dataDir().resolve("photos");
  }

  /** Reads and checks the image; the caller stores it under an id with {@link #write}. */
  BufferedImage read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new InvalidInputException("photo", "catalogue.photo.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException("photo", "catalogue.photo.tooLarge", MAX_BYTES / 1024 / 1024);
    }
    try (ImageInputStream in =
        ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers =
          in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new InvalidInputException("photo", "catalogue.photo.notImage");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_PIXELS) {
          throw new InvalidInputException("photo", "catalogue.photo.tooManyPixels");
        }
        BufferedImage image = reader.read(0);
        if (image == null) {
          throw new InvalidInputException("photo", "catalogue.photo.notImage");
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw new InvalidInputException("photo", "catalogue.photo.notImage");
    }
  }

  Stored write(long photoId, BufferedImage image) {
    try {
      Files.createDirectories(folder);
      byte[] large = jpeg(scale(image, LARGE));
      Files.write(folder.resolve(photoId + ".jpg"), large);
      Files.write(folder.resolve(photoId + "-" + SMALL + ".jpg"), jpeg(scale(image, SMALL)));
      BufferedImage l = scale(image, LARGE);
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

  private static BufferedImage scale(BufferedImage source, int longest) {
    int w = source.getWidth();
    int h = source.getHeight();
    double f = Math.min(1.0, (double) longest / Math.max(w, h));
    int tw = Math.max(1, (int) Math.round(w * f));
    int th = Math.max(1, (int) Math.round(h * f));
    BufferedImage target = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, tw, th);
    g.drawImage(source, 0, 0, tw, th, null);
    g.dispose();
    return target;
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.82f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  static byte[] readAll(InputStream in) throws IOException {
    return in.readNBytes((int) MAX_BYTES + 1);
  }
}
