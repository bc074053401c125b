package id.naikkelas.registry.kbli.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.PageLinks;
import id.naikkelas.registry.kbli.KbliReference;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The KBLI lists: what is loaded, a search through it, and loading a new official list. */
@Controller
class KbliPageController {

  private final KbliReference kbli;
  private final CurrentActor current;

  KbliPageController(KbliReference kbli, CurrentActor current) {
    this.kbli = kbli;
    this.current = current;
  }

  @GetMapping("/admin/kbli")
  String page(
      @RequestParam(defaultValue = "2020") int version,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    int shown = KbliReference.VERSIONS.contains(version) ? version : 2020;
    Page<KbliReference.Entry> entries =
        kbli.search(shown, q, PageRequest.of(Math.max(page, 0), 50));
    model.addAttribute("lists", kbli.lists());
    model.addAttribute("versions", KbliReference.VERSIONS);
    model.addAttribute("version", shown);
    model.addAttribute("q", q);
    model.addAttribute("entries", entries);
    model.addAttribute("pages", PageLinks.of(entries, request));
    return "registry/kbli";
  }

  @PostMapping("/admin/kbli")
  String load(
      @RequestParam int version,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean confirm,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    List<FieldProblem> problems;
    if (!confirm) {
      problems = List.of(new FieldProblem("confirm", "kbli.load.confirmRequired"));
    } else if (file.isEmpty()) {
      problems = List.of(new FieldProblem("file", "import.file.empty"));
    } else {
      try (InputStream in = file.getInputStream()) {
        KbliReference.ListStatus loaded =
            kbli.load(current.require(), version, file.getOriginalFilename(), in);
        redirect.addFlashAttribute("loaded", loaded);
        return "redirect:/admin/kbli?version=" + loaded.version();
      } catch (InvalidInputException e) {
        problems = e.problems();
      }
    }
    model.addAttribute("problems", problems);
    return page(version, null, 0, request, model);
  }
}
