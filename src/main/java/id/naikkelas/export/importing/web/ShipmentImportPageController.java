package id.naikkelas.export.importing.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.importing.ShipmentImportDownloads;
import id.naikkelas.export.importing.ShipmentImportProblem;
import id.naikkelas.export.importing.ShipmentImportStatus;
import id.naikkelas.export.importing.ShipmentImports;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.Htmx;
import id.naikkelas.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The officers' shipment import pages: the upload form with the recent jobs, and a job page whose
 * progress bar updates itself (htmx) until the problems by row and column can be listed.
 */
@Controller
class ShipmentImportPageController {

  static final int PAGE_SIZE = 50;

  /** A problem as the page lists it. */
  record ProblemRow(int row, String column, String message) {}

  private final ShipmentImports imports;
  private final CurrentActor current;
  private final MessageSource messages;

  ShipmentImportPageController(
      ShipmentImports imports, CurrentActor current, MessageSource messages) {
    this.imports = imports;
    this.current = current;
    this.messages = messages;
  }

  @GetMapping("/export/shipment-imports")
  String upload(Model model) {
    model.addAttribute("recent", imports.recent(current.require()));
    return "export/shipment-imports";
  }

  @PostMapping("/export/shipment-imports")
  String start(
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun,
      Model model)
      throws IOException {
    current.require().officerScope();
    if (file == null || file.isEmpty()) {
      model.addAttribute("fileError", "import.file.empty");
      return upload(model);
    }
    try (InputStream in = file.getInputStream()) {
      UUID id = imports.start(current.require(), file.getOriginalFilename(), in, dryRun);
      return "redirect:/export/shipment-imports/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("fileError", e.problems().get(0).messageKey());
      return upload(model);
    }
  }

  @GetMapping("/export/shipment-imports/template")
  ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
    boolean csv = ShipmentImportDownloads.csv(format);
    return ShipmentImportDownloads.template(imports.template(current.require(), csv), csv);
  }

  @GetMapping("/export/shipment-imports/{id}")
  String job(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Locale locale,
      Model model) {
    ShipmentImportStatus status = imports.status(current.require(), id);
    model.addAttribute("job", status);
    if (status.failureKey() != null) {
      model.addAttribute(
          "failure",
          messages.getMessage(
              status.failureKey(), status.failureArgs().toArray(), status.failureKey(), locale));
    }
    if (!status.running()) {
      Page<ShipmentImportProblem> problems =
          imports.problems(current.require(), id, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
      model.addAttribute(
          "problems",
          problems.getContent().stream()
              .map(
                  p ->
                      new ProblemRow(
                          p.row(),
                          p.column(),
                          messages.getMessage(
                              p.messageKey(), p.messageArgs(), p.messageKey(), locale)))
              .toList());
      model.addAttribute("problemCount", problems.getTotalElements());
      model.addAttribute("pages", PageLinks.of(problems, request));
    }
    return Htmx.pageOrFragment(request, "export/shipment-import", "job");
  }
}
