package id.naikkelas.registry.duplicates.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.Htmx;
import id.naikkelas.platform.web.PageLinks;
import id.naikkelas.registry.duplicates.DuplicatePair;
import id.naikkelas.registry.duplicates.Duplicates;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue of likely duplicates: merge or dismiss, and scan the whole registry. */
@Controller
class DuplicatePageController {

  private final Duplicates duplicates;
  private final CurrentActor current;

  DuplicatePageController(Duplicates duplicates, CurrentActor current) {
    this.duplicates = duplicates;
    this.current = current;
  }

  @GetMapping("/registry/duplicates")
  String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
    Page<DuplicatePair> pairs =
        duplicates.open(current.require(), PageRequest.of(Math.max(page, 0), 20));
    model.addAttribute("pairs", pairs.getContent());
    model.addAttribute("pages", PageLinks.of(pairs, request));
    duplicates.lastScan(current.require()).ifPresent(scan -> model.addAttribute("scan", scan));
    return Htmx.pageOrFragment(request, "registry/duplicates", "queue");
  }

  @PostMapping("/registry/duplicates/scan")
  String scan(RedirectAttributes redirect) {
    duplicates.startScan(current.require());
    redirect.addFlashAttribute("scanStarted", true);
    return "redirect:/registry/duplicates";
  }

  @PostMapping("/registry/duplicates/{id}/merge")
  String merge(@PathVariable long id, @RequestParam long keep, RedirectAttributes redirect) {
    return decide(redirect, () -> duplicates.merge(current.require(), id, keep), "merged");
  }

  @PostMapping("/registry/duplicates/{id}/dismiss")
  String dismiss(@PathVariable long id, RedirectAttributes redirect) {
    return decide(redirect, () -> duplicates.dismiss(current.require(), id), "dismissed");
  }

  private String decide(RedirectAttributes redirect, Runnable decision, String done) {
    try {
      decision.run();
      redirect.addFlashAttribute("decided", done);
    } catch (IllegalTransitionException e) {
      redirect.addFlashAttribute("refused", "duplicates.decided");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("refused", e.problems().get(0).messageKey());
    }
    return "redirect:/registry/duplicates";
  }
}
