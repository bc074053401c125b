package id.naikkelas.registry.importing.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.Htmx;
import id.naikkelas.platform.web.PageLinks;
import id.naikkelas.registry.export.ExportResponses;
import id.naikkelas.registry.importing.BusinessImports;
import id.naikkelas.registry.importing.ImportProblem;
import id.naikkelas.registry.importing.ImportStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
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

/** The import pages: upload, a progress bar that updates itself, problems by row and column. */
@Controller
class ImportPageController {

  private final BusinessImports imports;
  private final CurrentActor current;

  ImportPageController(BusinessImports imports, CurrentActor current) {
    this.imports = imports;
    this.current = current;
  }

  @GetMapping("/registry/import")
  String upload(Model model) {
    model.addAttribute("recent", imports.recent(current.require()));
    return "registry/import";
  }

  @PostMapping("/registry/import")
  String start(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun,
      Model model)
      throws IOException {
    if (file.isEmpty()) {
      model.addAttribute("fileError", "import.file.empty");
      return upload(model);
    }
    try (InputStream in = file.getInputStream()) {
      UUID id = imports.start(current.require(), file.getOriginalFilename(), in, dryRun);
      return "redirect:/registry/import/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("fileError", e.problems().get(0).messageKey());
      return upload(model);
    }
  }

  @GetMapping("/registry/import/{id}")
  String job(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    ImportStatus status = imports.status(current.require(), id);
    model.addAttribute("job", status);
    if (status.failureArgs() != null) {
      model.addAttribute("failureArgs", status.failureArgs().split("\\|"));
    }
    if (!status.running()) {
      Page<ImportProblem> problems =
          imports.problems(current.require(), id, PageRequest.of(Math.max(page, 0), 50));
      model.addAttribute("problems", problems.getContent());
      model.addAttribute("pages", PageLinks.of(problems, request));
    }
    return Htmx.pageOrFragment(request, "registry/import-job", "job");
  }

  @GetMapping("/registry/import/{id}/report.xlsx")
  ResponseEntity<byte[]> report(@PathVariable UUID id, Locale locale) {
    return ExportResponses.xlsx(
        imports.report(current.require(), id, locale), "laporan-impor-" + id + ".xlsx");
  }

  @GetMapping("/registry/import/template.xlsx")
  ResponseEntity<byte[]> template(Locale locale) {
    return ExportResponses.xlsx(
        imports.template(current.require(), locale), "templat-impor-umkm.xlsx");
  }
}
