package id.naikkelas.licensing.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.licensing.PublicLetter;
import id.naikkelas.licensing.RecommendationLetters;
import id.naikkelas.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The trademark recommendation letter: its PDF, and the public check of its code. */
@RestController
@Tag(name = "Licensing")
class LetterApiController {

  private final RecommendationLetters letters;
  private final CurrentActor current;

  LetterApiController(RecommendationLetters letters, CurrentActor current) {
    this.letters = letters;
    this.current = current;
  }

  @GetMapping(
      value = "/api/v1/licensing-requests/{id}/recommendation-letter.pdf",
      produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(
      operationId = "licensingLetterPdf",
      summary = "The request's recommendation letter (after its LETTER_ISSUED stage)")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    byte[] body = letters.pdfOfRequest(current.require(), id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("surat-rekomendasi-" + id + ".pdf")
                .build()
                .toString())
        .body(body);
  }

  @GetMapping("/api/v1/public/letters/{code}")
  @SecurityRequirements
  @Operation(
      operationId = "licensingLetterCheck",
      summary = "Check a recommendation letter by the code on it (public)")
  PublicLetter check(@PathVariable String code) {
    return letters.byCode(code).orElseThrow(() -> new NotFoundException("letter", code));
  }
}
