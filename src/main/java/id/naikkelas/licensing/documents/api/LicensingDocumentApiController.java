package id.naikkelas.licensing.documents.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.licensing.documents.DocumentType;
import id.naikkelas.licensing.documents.DocumentView;
import id.naikkelas.licensing.documents.LicensingDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The documents of a licensing request: upload (checked by content), list, fetch, remove. */
@RestController
@Tag(name = "Licensing", description = "NIB, P-IRT, halal and trademark facilitation")
class LicensingDocumentApiController {

  private final LicensingDocuments documents;
  private final CurrentActor current;

  LicensingDocumentApiController(LicensingDocuments documents, CurrentActor current) {
    this.documents = documents;
    this.current = current;
  }

  @PostMapping(
      value = "/api/v1/licensing-requests/{id}/documents",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      operationId = "licensingUploadDocument",
      summary =
          "Upload a document of a type the request's kind takes: an image (re-encoded as JPEG) or,"
              + " for a composition, production process or label design, a PDF (written anew);"
              + " at most 10 MB")
  ResponseEntity<DocumentView> upload(
      @PathVariable long id,
      @RequestParam(name = "type", required = false) DocumentType type,
      @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
      DocumentView d = documents.upload(current.require(), id, type, in);
      return ResponseEntity.created(
              URI.create("/api/v1/licensing-requests/" + id + "/documents/" + d.id()))
          .body(d);
    }
  }

  @GetMapping("/api/v1/licensing-requests/{id}/documents")
  @Operation(operationId = "licensingListDocuments", summary = "The request's documents")
  List<DocumentView> list(@PathVariable long id) {
    return documents.list(current.require(), id);
  }

  @GetMapping(
      value = "/api/v1/licensing-requests/{id}/documents/{documentId}",
      produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.APPLICATION_PDF_VALUE})
  @Operation(operationId = "licensingFetchDocument", summary = "A document's stored file")
  ResponseEntity<byte[]> fetch(@PathVariable long id, @PathVariable long documentId) {
    return documents.file(current.require(), id, documentId).response();
  }

  @DeleteMapping("/api/v1/licensing-requests/{id}/documents/{documentId}")
  @Operation(
      operationId = "licensingRemoveDocument",
      summary = "Remove a document while the request is open")
  ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long documentId) {
    documents.remove(current.require(), id, documentId);
    return ResponseEntity.noContent().build();
  }
}
