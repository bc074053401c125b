package id.naikkelas.registry.export;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP answers carrying a spreadsheet download, shared by the pages and the API. */
public final class ExportResponses {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ExportResponses() {}

  /** An XLSX file to save under the given name. */
  public static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }

  public static ResponseEntity<Resource> file(byte[] body, ExportFormat format) {
    boolean csv = format == ExportFormat.CSV;
    return ResponseEntity.ok()
        .contentType(
            csv
                ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                : MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(csv ? "registri-umkm.csv" : "registri-umkm.xlsx")
                .build()
                .toString())
        .body(new ByteArrayResource(body));
  }
}
