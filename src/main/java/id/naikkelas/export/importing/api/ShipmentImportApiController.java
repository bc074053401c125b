package id.naikkelas.export.importing.api;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.importing.ShipmentImportDownloads;
import id.naikkelas.export.importing.ShipmentImportProblem;
import id.naikkelas.export.importing.ShipmentImportStatus;
import id.naikkelas.export.importing.ShipmentImports;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.sheets.ImportJobState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The yearly shipment spreadsheet as a job: start it, poll it, download the template. */
@RestController
@Tag(name = "Export", description = "Export ledger, regency totals and reference lists")
class ShipmentImportApiController {

  static final int MAX_PROBLEMS = 1_000;

  private final ShipmentImports imports;
  private final CurrentActor current;
  private final MessageSource messages;

  ShipmentImportApiController(
      ShipmentImports imports, CurrentActor current, MessageSource messages) {
    this.imports = imports;
    this.current = current;
    this.messages = messages;
  }

  @PostMapping(
      value = "/api/v1/export-shipment-imports",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      operationId = "exportShipmentImportStart",
      summary =
          "Officers: import the yearly shipment spreadsheet (XLSX or CSV, the template's"
              + " columns); 202 with the job id; dryRun=true checks every row and stores none")
  ResponseEntity<ShipmentImportStarted> start(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun)
      throws IOException {
    Actor by = current.require();
    by.officerScope();
    if (file.isEmpty()) {
      throw new InvalidInputException("file", "import.file.empty");
    }
    try (InputStream in = file.getInputStream()) {
      UUID id = imports.start(by, file.getOriginalFilename(), in, dryRun);
      return ResponseEntity.accepted()
          .location(URI.create("/api/v1/export-shipment-imports/" + id))
          .body(new ShipmentImportStarted(id, ImportJobState.RUNNING.name()));
    }
  }

  @GetMapping("/api/v1/export-shipment-imports/template")
  @Operation(
      operationId = "exportShipmentImportTemplate",
      summary = "The template: the header row and one example row, as XLSX or (format=csv) CSV")
  ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
    boolean csv = ShipmentImportDownloads.csv(format);
    return ShipmentImportDownloads.template(imports.template(current.require(), csv), csv);
  }

  @GetMapping("/api/v1/export-shipment-imports/{id}")
  @Operation(
      operationId = "exportShipmentImportStatus",
      summary =
          "The job's status, progress, counts and a page of its problems by row and column"
              + " (header = row 1)")
  ShipmentImportResponse status(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "500") int size) {
    if (size < 1 || size > MAX_PROBLEMS) {
      throw new InvalidInputException("size", "problem.pageSize", 1, MAX_PROBLEMS);
    }
    Actor by = current.require();
    ShipmentImportStatus s = imports.status(by, id);
    Page<ShipmentImportProblem> problems =
        imports.problems(by, id, PageRequest.of(Math.max(page, 0), size));
    Locale locale = LocaleContextHolder.getLocale();
    String failure =
        s.failureKey() == null
            ? null
            : messages.getMessage(
                s.failureKey(), s.failureArgs().toArray(), s.failureKey(), locale);
    return new ShipmentImportResponse(
        s.id(),
        s.fileName(),
        s.format(),
        s.dryRun(),
        s.status(),
        s.totalRows(),
        s.processedRows(),
        s.percent(),
        s.stored(),
        s.refused(),
        s.createdAt(),
        s.finishedAt(),
        failure,
        problems.getTotalElements(),
        problems.getContent().stream()
            .map(
                p ->
                    new ShipmentImportProblemResponse(
                        p.row(),
                        p.column(),
                        p.code(),
                        messages.getMessage(
                            p.messageKey(), p.messageArgs(), p.messageKey(), locale)))
            .toList());
  }
}
