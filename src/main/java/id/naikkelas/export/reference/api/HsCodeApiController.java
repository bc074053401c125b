package id.naikkelas.export.reference.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.reference.HsCodeView;
import id.naikkelas.export.reference.HsCodes;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HS 2022 codes with BTKI national lines: read by anyone, extended by an admin. */
@RestController
@Tag(name = "Export reference", description = "HS codes, countries and origin rules for exports")
class HsCodeApiController {

  private final HsCodes codes;
  private final CurrentActor current;

  HsCodeApiController(HsCodes codes, CurrentActor current) {
    this.codes = codes;
    this.current = current;
  }

  @GetMapping("/api/v1/hs-codes")
  @SecurityRequirements // public, like the KBLI lists
  @Operation(
      operationId = "exportHsCodes",
      summary =
          "HS codes whose code starts with q, or whose English or Indonesian text has its words")
  PageResponse<HsCodeView> search(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (size < 1 || size > 500) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 500);
    }
    if (q != null && q.length() > 200) {
      throw new InvalidInputException("q", "export.hs.query.tooLong", 200);
    }
    return PageResponse.of(codes.search(q, PageRequest.of(Math.max(page, 0), size)), c -> c);
  }

  @GetMapping("/api/v1/hs-codes/{code}")
  @SecurityRequirements // public, like the KBLI lists
  @Operation(operationId = "exportHsCode", summary = "One HS code or BTKI line; 404 when unknown")
  HsCodeView find(@PathVariable String code) {
    return codes.find(code).orElseThrow(() -> new NotFoundException("hs-code", code));
  }

  @PostMapping("/api/v1/hs-codes")
  @Operation(
      operationId = "exportAddHsLine",
      summary =
          "Add an 8-digit BTKI 2022 national line under its 6-digit HS subheading (admins);"
              + " 409 when it exists")
  ResponseEntity<HsCodeView> add(@Valid @RequestBody NationalLineRequest r) {
    HsCodeView v =
        codes.addNationalLine(current.require(), r.code(), r.descriptionEn(), r.descriptionId());
    return ResponseEntity.created(URI.create("/api/v1/hs-codes/" + v.code())).body(v);
  }

  @PutMapping("/api/v1/hs-codes/{code}/description")
  @Operation(
      operationId = "exportDescribeHsCode",
      summary = "Set the Indonesian description of an HS code (admins); blank removes it")
  HsCodeView describe(@PathVariable String code, @Valid @RequestBody DescriptionRequest r) {
    return codes.describe(current.require(), code, r.descriptionId());
  }
}
