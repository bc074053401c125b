package id.naikkelas.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Uploaded PDF documents, read by their content: the bytes must parse as an unencrypted PDF with
 * pages; what could act on a reader's machine (scripts, actions on open, embedded files, forms,
 * annotations, bookmarks, associated files) is dropped and the document is written anew, so the
 * original bytes are never kept; streams that would unpack to more than {@link #MAX_UNPACKED} bytes
 * are refused before the parser unpacks them. Messages under the caller's prefix: {@code
 * <prefix>.empty}, {@code .tooLarge}, {@code .notPdf}, {@code .encrypted}, {@code .tooManyPages}
 * (argument: the limit), {@code .tooComplex}.
 */
public final class UploadedPdfs {

  public static final int MAX_PAGES = 50;

  /** At most this much unpacked stream data (a decompression bomb is refused before parsing). */
  public static final long MAX_UNPACKED = 64L * 1024 * 1024;

  /** The document as written anew, and its number of pages. */
  public record Rewritten(byte[] bytes, int pages) {}

  private static final COSName ASSOCIATED_FILES = COSName.getPDFName("AF");

  private UploadedPdfs() {}

  /** True when the bytes start with a PDF header. */
  public static boolean looksLikePdf(byte[] bytes) {
    return bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
  }

  /** The document checked and written anew without its active content. */
  public static Rewritten rewrite(byte[] bytes, long maxBytes, String field, String keys) {
    UploadSize.check(bytes, maxBytes, field, keys);
    if (!looksLikePdf(bytes)) {
      throw new InvalidInputException(field, keys + ".notPdf");
    }
    if (PdfInflation.exceeds(bytes, MAX_UNPACKED)) {
      throw new InvalidInputException(field, keys + ".tooComplex");
    }
    try (PDDocument document = Loader.loadPDF(bytes)) {
      if (document.isEncrypted()) {
        throw new InvalidInputException(field, keys + ".encrypted");
      }
      int pages = 0;
      for (PDPage ignored : document.getPages()) {
        pages++;
        if (pages > MAX_PAGES) {
          break;
        }
      }
      if (pages == 0) {
        throw new InvalidInputException(field, keys + ".notPdf");
      }
      if (pages > MAX_PAGES) {
        throw new InvalidInputException(field, keys + ".tooManyPages", MAX_PAGES);
      }
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      for (COSName active :
          List.of(
              COSName.OPEN_ACTION,
              COSName.AA,
              COSName.NAMES,
              COSName.ACRO_FORM,
              COSName.OUTLINES,
              ASSOCIATED_FILES)) {
        catalog.getCOSObject().removeItem(active);
      }
      for (PDPage page : document.getPages()) {
        page.getCOSObject().removeItem(COSName.AA);
        page.getCOSObject().removeItem(COSName.ANNOTS);
        page.getCOSObject().removeItem(ASSOCIATED_FILES);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return new Rewritten(out.toByteArray(), pages);
    } catch (InvalidInputException e) {
      throw e;
    } catch (InvalidPasswordException e) {
      throw new InvalidInputException(field, keys + ".encrypted");
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(field, keys + ".notPdf");
    }
  }
}
