package id.naikkelas.export.importing;

import id.naikkelas.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The template download as the pages and the API answer it. */
public final class ShipmentImportDownloads {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private ShipmentImportDownloads() {}

  /** True for {@code csv}, false for {@code xlsx} (or none); anything else is refused (422). */
  public static boolean csv(String format) {
    String f = format == null ? "xlsx" : format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("xlsx") && !f.equals("csv")) {
      throw new InvalidInputException("format", "export.import.template.format");
    }
    return f.equals("csv");
  }

  public static ResponseEntity<byte[]> template(byte[] body, boolean csv) {
    return ResponseEntity.ok()
        .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(csv ? "templat-ekspor.csv" : "templat-ekspor.xlsx")
                .build()
                .toString())
        .body(body);
  }
}
