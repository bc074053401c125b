package id.naikkelas.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Uploaded images, read by their content: whatever arrives is decoded (a PDF or a program renamed
 * .jpg is not an image and is refused), its dimensions checked before its pixels are decoded (no
 * decompression bombs), and only a re-encoded JPEG is ever kept, so nothing hidden in the original
 * bytes survives. Messages are looked up under a prefix of the caller's: {@code <prefix>.empty},
 * {@code .tooLarge} (argument: the limit in MB), {@code .notImage}, {@code .tooManyPixels}.
 */
public final class UploadedImages {

  public static final long MAX_PIXELS = 40_000_000L;

  private UploadedImages() {}

  /** True when the bytes start like an image format the reader knows. */
  public static boolean looksLikeImage(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      return in != null && ImageIO.getImageReaders(in).hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /** Decodes the image, refusing (on {@code field}) what is empty, too large or not an image. */
  public static BufferedImage read(byte[] bytes, long maxBytes, String field, String keys) {
    return read(bytes, maxBytes, field, keys, Integer.MAX_VALUE);
  }

  /**
   * As {@link #read(byte[], long, String, String)}, decoding only every n-th pixel of a picture far
   * larger than needed, so that its longer side stays at least {@code longest}: a large photo is
   * never held in memory at full resolution when it will be scaled down anyway.
   */
  public static BufferedImage read(
      byte[] bytes, long maxBytes, String field, String keys, int longest) {
    UploadSize.check(bytes, maxBytes, field, keys);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers =
          in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new InvalidInputException(field, keys + ".notImage");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if ((long) w * h > MAX_PIXELS) {
          throw new InvalidInputException(field, keys + ".tooManyPixels");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(w, h) / Math.max(1, longest));
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        if (image == null) {
          throw new InvalidInputException(field, keys + ".notImage");
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(field, keys + ".notImage");
    }
  }

  /** The image scaled down (never up) so that its longer side is at most {@code longest}. */
  public static BufferedImage scale(BufferedImage source, int longest) {
    int w = source.getWidth();
    int h = source.getHeight();
    double f = Math.min(1.0, (double) longest / Math.max(w, h));
    int tw = Math.max(1, (int) Math.round(w * f));
    int th = Math.max(1, (int) Math.round(h * f));
    BufferedImage target = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, tw, th);
    g.drawImage(source, 0, 0, tw, th, null);
    g.dispose();
    return target;
  }

  /** The image as a JPEG of quality 0.82, without any of the original's metadata. */
  public static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.82f);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
