package id.naikkelas.registry.kbli.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import id.naikkelas.registry.kbli.KbliReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The KBLI lists business codes are checked against: read by anyone, loaded by an admin. */
@RestController
@Tag(
    name = "KBLI",
    description = "The official KBLI lists (2020, 2025) the registry checks against")
class KbliApiController {

  private final KbliReference kbli;
  private final CurrentActor current;

  KbliApiController(KbliReference kbli, CurrentActor current) {
    this.kbli = kbli;
    this.current = current;
  }

  @GetMapping("/api/v1/kbli")
  @SecurityRequirements // public: the lists are read without signing in
  @Operation(summary = "Which versions have a list loaded, with how many codes, when and by whom")
  List<KbliReference.ListStatus> lists() {
    return kbli.lists();
  }

  @GetMapping("/api/v1/kbli/{version}")
  @SecurityRequirements // public: the lists are read without signing in
  @Operation(summary = "Codes of a version whose code starts with, or whose title contains, q")
  PageResponse<KbliReference.Entry> search(
      @PathVariable int version,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (size < 1 || size > 500) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 500);
    }
    return PageResponse.of(
        kbli.search(version, q, PageRequest.of(Math.max(page, 0), size)), e -> e);
  }

  @GetMapping("/api/v1/kbli/{version}/{code}")
  @SecurityRequirements // public: the lists are read without signing in
  @Operation(summary = "One code with its title; 404 when the loaded list does not hold it")
  KbliReference.Entry find(@PathVariable int version, @PathVariable String code) {
    return kbli.find(version, code);
  }

  @PutMapping(value = "/api/v1/kbli/{version}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Replace the list of a version (deployment-wide admins): CSV or XLSX with the columns"
              + " kode and judul; one bad row refuses the whole file and the old list stays")
  KbliReference.ListStatus load(@PathVariable int version, @RequestParam("file") MultipartFile file)
      throws IOException {
    if (file.isEmpty()) {
      throw new InvalidInputException("file", "import.file.empty");
    }
    try (InputStream in = file.getInputStream()) {
      return kbli.load(current.require(), version, file.getOriginalFilename(), in);
    }
  }
}
