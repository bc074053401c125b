package id.naikkelas.platform;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * How many bytes a PDF's compressed streams unpack to, counted without keeping them: a small file
 * whose streams unpack to gigabytes (a decompression bomb) is refused before a parser unpacks it in
 * memory. Streams that are not zlib (Flate) data, such as JPEG images, count as their raw length.
 */
final class PdfInflation {

  private static final byte[] STREAM =
      "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] END =
      "endstream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private PdfInflation() {}

  /** True when the streams unpack to more than {@code limit} bytes in all. */
  static boolean exceeds(byte[] pdf, long limit) {
    long total = 0;
    int at = indexOf(pdf, STREAM, 0);
    while (at >= 0) {
      int start = at + STREAM.length;
      if (start < pdf.length && pdf[start] == '\r') {
        start++;
      }
      if (start < pdf.length && pdf[start] == '\n') {
        start++;
      }
      int end = indexOf(pdf, END, start);
      if (end < 0) {
        return false;
      }
      total += unpacked(pdf, start, end - start, limit - total + 1);
      if (total > limit) {
        return true;
      }
      at = indexOf(pdf, STREAM, end + END.length);
    }
    return false;
  }

  /** The stream's unpacked length, counting at most {@code cap} bytes. */
  private static long unpacked(byte[] pdf, int offset, int length, long cap) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(pdf, offset, length);
      byte[] sink = new byte[64 * 1024];
      long count = 0;
      while (!inflater.finished() && count <= cap) {
        int n = inflater.inflate(sink);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        count += n;
      }
      return Math.max(count, length);
    } catch (DataFormatException e) {
      return length;
    } finally {
      inflater.end();
    }
  }

  private static int indexOf(byte[] data, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
