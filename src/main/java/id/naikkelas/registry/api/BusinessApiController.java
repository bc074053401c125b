package id.naikkelas.registry.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.BusinessRow;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registered;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.SizeClass;
import id.naikkelas.registry.export.ExportFormat;
import id.naikkelas.registry.export.ExportResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry for officers' and partners' tools: scope-filtered, NIK masked. */
@RestController
@Tag(name = "Businesses", description = "Satu Data UMKM: the registry of businesses")
class BusinessApiController {

  private final Registry registry;
  private final CurrentActor current;
  private final MessageSource messages;

  BusinessApiController(Registry registry, CurrentActor current, MessageSource messages) {
    this.registry = registry;
    this.current = current;
    this.messages = messages;
  }

  @GetMapping("/api/v1/businesses")
  @Operation(
      summary = "Businesses in the caller's scope, filtered, sorted, paged",
      description =
          "size is read by its value: a size class (MICRO, SMALL, MEDIUM, LARGE) filters, a number"
              + " from 1 to 200 is the page size. sizeClass and pageSize name each explicitly."
              + " sort: name, newest, village, size, status.")
  PageResponse<BusinessRow> list(
      @ParameterObject BusinessFilter filter,
      @RequestParam(required = false) String size,
      @RequestParam(required = false) Integer pageSize,
      @RequestParam(defaultValue = "0") int page) {
    SizeClass sizeFilter = null;
    Integer rows = pageSize;
    if (size != null && !size.isBlank()) {
      if (size.strip().chars().allMatch(Character::isDigit) && size.strip().length() > 3) {
        throw new InvalidInputException("size", "problem.pageSize", 1, 200);
      } else if (size.strip().chars().allMatch(Character::isDigit)) {
        rows = Integer.parseInt(size.strip());
      } else {
        sizeFilter = sizeClassOf(size);
      }
    }
    int pageRows = rows == null ? 20 : rows;
    if (pageRows < 1 || pageRows > 200) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 200);
    }
    return PageResponse.of(
        registry.search(
            current.require(),
            filter.toQuery(sizeFilter),
            PageRequest.of(Math.max(page, 0), pageRows)),
        row -> row);
  }

  private static SizeClass sizeClassOf(String text) {
    try {
      return SizeClass.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("size", "registry.size.unknown", text);
    }
  }

  @GetMapping("/api/v1/businesses/export")
  @Operation(
      summary = "The filtered list as XLSX or CSV (format=xlsx|csv), NIK and phone masked",
      description =
          "Same filters as the list. Cells that start like a formula are neutralised."
              + " fullPersonalData=true is refused here with 405 (a link must not download"
              + " personal data): POST to the same address for full values.")
  @ApiResponse(responseCode = "200", description = "the file")
  @ApiResponse(
      responseCode = "405",
      description = "fullPersonalData=true asked by GET",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<?> export(
      @ParameterObject BusinessFilter filter,
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(defaultValue = "false") boolean fullPersonalData) {
    if (fullPersonalData) {
      return fullExportByGet();
    }
    return file(filter, format, false);
  }

  @PostMapping("/api/v1/businesses/export")
  @Operation(
      summary = "The filtered list as XLSX or CSV, with full NIK and phone when asked",
      description =
          "Same parameters as GET. With fullPersonalData=true, NIK and phone are given in full for"
              + " the owners who live in the caller's scope (owners of elsewhere stay masked), and"
              + " the export is recorded in the audit trail.")
  ResponseEntity<org.springframework.core.io.Resource> exportByPost(
      @ParameterObject BusinessFilter filter,
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(defaultValue = "false") boolean fullPersonalData) {
    return file(filter, format, fullPersonalData);
  }

  private ResponseEntity<org.springframework.core.io.Resource> file(
      BusinessFilter filter, String format, boolean fullPersonalData) {
    ExportFormat fileFormat = "csv".equalsIgnoreCase(format) ? ExportFormat.CSV : ExportFormat.XLSX;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    registry.export(current.require(), filter.toQuery(null), fullPersonalData, fileFormat, out);
    return ExportResponses.file(out.toByteArray(), fileFormat);
  }

  /** 405 naming the field: full personal data only by POST (issue 9, finding 14). */
  private ResponseEntity<ProblemDetail> fullExportByGet() {
    String message =
        messages.getMessage(
            "registry.export.fullPost", null, "POST", LocaleContextHolder.getLocale());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.METHOD_NOT_ALLOWED, "fullPersonalData: " + message);
    problem.setType(URI.create("about:blank"));
    problem.setProperty("errors", List.of(Map.of("field", "fullPersonalData", "message", message)));
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
        .allow(HttpMethod.POST)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @GetMapping("/api/v1/businesses/{id}")
  @Operation(
      summary = "One business; 404 when it lies outside the caller's scope",
      description =
          "owner.withheld is true when the owner lives outside the caller's scope: then only the"
              + " owner's id and masked NIK are given.")
  BusinessDetail get(@PathVariable long id) {
    return registry.find(current.require(), id);
  }

  @PostMapping("/api/v1/businesses")
  @Operation(
      summary = "Register a business (status DRAFT); its owner is found by NIK or created",
      description =
          "A new owner must live in the caller's scope (ownerVillageCode, 422 otherwise). An owner"
              + " registered in another scope is linked as is: their fields are not changed, the"
              + " answer warns on nik, and they are shown withheld (masked NIK only).")
  ResponseEntity<CreatedBusiness> create(@RequestBody BusinessDraft draft) {
    Registered registered = registry.register(current.require(), draft, BusinessSource.FORM);
    return ResponseEntity.created(URI.create("/api/v1/businesses/" + registered.id()))
        .body(CreatedBusiness.of(registered, messages));
  }

  @PutMapping("/api/v1/businesses/{id}")
  @Operation(
      summary = "Replace a business record and its owner's contact details",
      description =
          "The owner's fields change only when the owner lives in the caller's scope (the NIK must"
              + " then be the owner's). For an owner of another scope the owner fields and the NIK"
              + " are ignored and the answer warns on nik.")
  CreatedBusiness update(@PathVariable long id, @RequestBody BusinessDraft draft) {
    return CreatedBusiness.of(registry.update(current.require(), id, draft), messages);
  }

  @PostMapping("/api/v1/businesses/{id}/verify")
  @Operation(summary = "Mark a DRAFT business as VERIFIED (409 from any other status)")
  BusinessDetail verify(@PathVariable long id) {
    registry.verify(current.require(), id);
    return registry.find(current.require(), id);
  }
}
