package id.naikkelas.registry;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP answer carrying an exported file, shared by the page and the API. */
public final class ExportResponses {

  private ExportResponses() {}

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
