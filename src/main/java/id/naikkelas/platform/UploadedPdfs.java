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

/**
 * Uploaded PDF documents, read by their content: the bytes must parse as an unencrypted PDF with
 * pages; what could act on a reader's machine (scripts, actions on open, embedded files, forms,
 * annotations) is dropped and the document is written anew, so the original bytes are never kept.
 * Messages under the caller's prefix: {@code <prefix>.empty}, {@code .tooLarge}, {@code .notPdf},
 * {@code .encrypted}, {@code .tooManyPages} (argument: the limit).
 */
public final class UploadedPdfs {

  public static final int MAX_PAGES = 50;

  /** The document as written anew, and its number of pages. */
  public record Rewritten(byte[] bytes, int pages) {}

  private UploadedPdfs() {}

  /** True when the bytes start with a PDF header. */
  public static boolean looksLikePdf(byte[] bytes) {
    return bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
  }

  /** The document checked and written anew without its active content. */
  public static Rewritten rewrite(byte[] bytes, long maxBytes, String field, String keys) {
    if (bytes.length == 0) {
      throw new InvalidInputException(field, keys + ".empty");
    }
    if (bytes.length > maxBytes) {
      throw new UploadTooLargeException(field, keys + ".tooLarge", maxBytes / 1024 / 1024);
    }
    if (!looksLikePdf(bytes)) {
      throw new InvalidInputException(field, keys + ".notPdf");
    }
    try (PDDocument document = Loader.loadPDF(bytes)) {
      if (document.isEncrypted()) {
        throw new InvalidInputException(field, keys + ".encrypted");
      }
      int pages = document.getNumberOfPages();
      if (pages == 0) {
        throw new InvalidInputException(field, keys + ".notPdf");
      }
      if (pages > MAX_PAGES) {
        throw new InvalidInputException(field, keys + ".tooManyPages", MAX_PAGES);
      }
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      for (COSName active :
          List.of(COSName.OPEN_ACTION, COSName.AA, COSName.NAMES, COSName.ACRO_FORM)) {
        catalog.getCOSObject().removeItem(active);
      }
      for (PDPage page : document.getPages()) {
        page.getCOSObject().removeItem(COSName.AA);
        page.getCOSObject().removeItem(COSName.ANNOTS);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return new Rewritten(out.toByteArray(), pages);
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(field, keys + ".notPdf");
    }
  }
}
