package id.naikkelas.licensing.documents;

import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.UploadSize;
import id.naikkelas.platform.UploadedImages;
import id.naikkelas.platform.UploadedPdfs;
import java.awt.image.BufferedImage;

/**
 * An upload read by what its bytes are, never by its name or declared type: an image is decoded and
 * re-encoded as JPEG (at most {@value #LONGEST} pixels on its longer side, legible for a label); a
 * PDF, where the type takes one, is parsed and written anew without active content. Anything else
 * (a program, a PDF renamed .jpg for a photo) is refused on the field {@code file}.
 */
record DocumentContent(
    byte[] bytes, String mediaType, Integer width, Integer height, Integer pages) {

  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final int LONGEST = 2400;
  private static final String KEYS = "licensing.document";

  static DocumentContent read(DocumentType type, byte[] upload) {
    UploadSize.check(upload, MAX_BYTES, "file", KEYS);
    if (!type.imageOnly() && UploadedPdfs.looksLikePdf(upload)) {
      UploadedPdfs.Rewritten pdf = UploadedPdfs.rewrite(upload, MAX_BYTES, "file", KEYS);
      return new DocumentContent(pdf.bytes(), "application/pdf", null, null, pdf.pages());
    }
    if (!UploadedImages.looksLikeImage(upload)) {
      throw new InvalidInputException(
          "file", type.imageOnly() ? KEYS + ".notImage" : KEYS + ".notImageOrPdf");
    }
    BufferedImage image =
        UploadedImages.scale(
            UploadedImages.read(upload, MAX_BYTES, "file", KEYS, LONGEST), LONGEST);
    return new DocumentContent(
        UploadedImages.jpeg(image), "image/jpeg", image.getWidth(), image.getHeight(), null);
  }
}
