package id.naikkelas.registry.export.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.registry.BusinessQuery;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.export.ExportFormat;
import id.naikkelas.registry.export.ExportResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The registry's export for officers. The masked file is a plain link (GET); the file with full
 * NIKs and phones is a POST from a confirmation page that says it is logged, carrying the page's
 * CSRF token, so that no link from another site can download it under an officer's name.
 */
@Controller
class ExportPageController {

  private final Registry registry;
  private final CurrentActor current;

  ExportPageController(Registry registry, CurrentActor current) {
    this.registry = registry;
    this.current = current;
  }

  /** The masked file; an old link asking for full data goes to the confirmation instead. */
  @GetMapping("/registry/export")
  Object export(
      @ModelAttribute("query") BusinessQuery query,
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(defaultValue = "false") boolean full,
      HttpServletRequest request) {
    if (full) {
      UriComponentsBuilder confirmation = UriComponentsBuilder.fromPath("/registry/export/full");
      request
          .getParameterMap()
          .forEach(
              (name, values) -> {
                if (!"full".equals(name)) {
                  confirmation.queryParam(name, (Object[]) values);
                }
              });
      return "redirect:" + confirmation.build().encode().toUriString();
    }
    return file(query, format, false);
  }

  /** States what the full export holds and that it is logged; its button posts the filter. */
  @GetMapping("/registry/export/full")
  String confirm(
      @ModelAttribute("query") BusinessQuery query,
      @RequestParam(defaultValue = "xlsx") String format,
      Model model) {
    current.require().officerScope();
    model.addAttribute("format", "csv".equalsIgnoreCase(format) ? "csv" : "xlsx");
    return "registry/export-confirm";
  }

  /** The file, with full NIKs and phones when {@code full} (audited); POST with CSRF only. */
  @PostMapping("/registry/export")
  ResponseEntity<Resource> exportByPost(
      @ModelAttribute("query") BusinessQuery query,
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(defaultValue = "false") boolean full) {
    return file(query, format, full);
  }

  private ResponseEntity<Resource> file(BusinessQuery query, String format, boolean full) {
    ExportFormat fileFormat = "csv".equalsIgnoreCase(format) ? ExportFormat.CSV : ExportFormat.XLSX;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    registry.export(current.require(), query, full, fileFormat, out);
    return ExportResponses.file(out.toByteArray(), fileFormat);
  }
}
