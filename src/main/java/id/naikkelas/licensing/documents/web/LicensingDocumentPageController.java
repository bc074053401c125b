package id.naikkelas.licensing.documents.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.licensing.documents.DocumentType;
import id.naikkelas.licensing.documents.LicensingDocuments;
import id.naikkelas.platform.web.PageActions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The documents on a request's page: upload, open and remove (removal confirmed on the page). */
@Controller
class LicensingDocumentPageController {

  private final LicensingDocuments documents;
  private final CurrentActor current;

  LicensingDocumentPageController(LicensingDocuments documents, CurrentActor current) {
    this.documents = documents;
    this.current = current;
  }

  @PostMapping("/perizinan/{id}/dokumen")
  String upload(
      @PathVariable long id,
      @RequestParam(required = false) DocumentType type,
      @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes redirect) {
    PageActions.run(
        redirect,
        "licensing.document.uploaded",
        () -> {
          try (InputStream in =
              file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            return documents.upload(current.require(), id, type, in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return "redirect:/perizinan/" + id + "#documents";
  }

  @GetMapping("/perizinan/{id}/dokumen/{documentId}")
  ResponseEntity<byte[]> open(@PathVariable long id, @PathVariable long documentId) {
    return documents.file(current.require(), id, documentId).response();
  }

  @PostMapping("/perizinan/{id}/dokumen/{documentId}/hapus")
  String remove(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
    PageActions.run(
        redirect,
        "licensing.document.removed",
        () -> documents.remove(current.require(), id, documentId));
    return "redirect:/perizinan/" + id + "#documents";
  }
}
