package id.naikkelas.registry.importing.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.sheets.ImportJobState;
import id.naikkelas.registry.export.ExportResponses;
import id.naikkelas.registry.importing.BusinessImports;
import id.naikkelas.registry.importing.ImportProblem;
import id.naikkelas.registry.importing.ImportStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Excel/CSV import of businesses as a job: start it, poll it, download its report. */
@RestController
@Tag(name = "Business imports", description = "Import the registry from XLSX or CSV")
class BusinessImportApiController {

  private static final int MAX_ERRORS = 10_000;

  private final BusinessImports imports;
  private final CurrentActor current;
  private final MessageSource messages;

  BusinessImportApiController(
      BusinessImports imports, CurrentActor current, MessageSource messages) {
    this.imports = imports;
    this.current = current;
    this.messages = messages;
  }

  @PostMapping(value = "/api/v1/business-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Start an import (202 with the job id); dryRun=true checks without storing")
  ResponseEntity<Map<String, Object>> start(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      UUID id = imports.start(current.require(), file.getOriginalFilename(), in, dryRun);
      return ResponseEntity.accepted()
          .location(URI.create("/api/v1/business-imports/" + id))
          .body(Map.of("id", id, "status", ImportJobState.RUNNING.name()));
    }
  }

  @GetMapping("/api/v1/business-imports/{id}")
  @Operation(summary = "The job's status, counts and problems by row and column (header = row 1)")
  Map<String, Object> status(@PathVariable UUID id) {
    ImportStatus status = imports.status(current.require(), id);
    List<Map<String, Object>> errors =
        imports.problems(current.require(), id, PageRequest.of(0, MAX_ERRORS)).getContent().stream()
            .map(this::error)
            .toList();
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("id", status.id());
    body.put("status", status.status());
    body.put("dryRun", status.dryRun());
    body.put("fileName", status.fileName());
    body.put("totalRows", status.totalRows());
    body.put("processedRows", status.processedRows());
    body.put("imported", status.imported());
    body.put("rejected", status.rejected());
    body.put("duplicates", status.duplicates());
    body.put("flagged", status.flagged());
    if (status.failureKey() != null) {
      Object[] args = status.failureArgs() == null ? null : status.failureArgs().split("\\|");
      body.put(
          "failure",
          messages.getMessage(
              status.failureKey(), args, status.failureKey(), LocaleContextHolder.getLocale()));
    }
    body.put("errors", errors);
    return body;
  }

  @GetMapping("/api/v1/business-imports/{id}/report.xlsx")
  @Operation(summary = "The uploaded rows with their problems marked, and the list of problems")
  ResponseEntity<byte[]> report(@PathVariable UUID id) {
    return ExportResponses.xlsx(
        imports.report(current.require(), id, LocaleContextHolder.getLocale()),
        "laporan-impor-" + id + ".xlsx");
  }

  @GetMapping("/api/v1/business-imports/template.xlsx")
  @Operation(
      summary = "The template: the exact headers, text columns for NIK/NIB/phone, the villages")
  ResponseEntity<byte[]> template() {
    return ExportResponses.xlsx(
        imports.template(current.require(), LocaleContextHolder.getLocale()),
        "templat-impor-umkm.xlsx");
  }

  private Map<String, Object> error(ImportProblem p) {
    return Map.of(
        "row", p.row(),
        "column", p.column(),
        "code", p.code(),
        "message",
            messages.getMessage(
                p.messageKey(),
                p.args().toArray(),
                p.messageKey(),
                LocaleContextHolder.getLocale()));
  }
}
