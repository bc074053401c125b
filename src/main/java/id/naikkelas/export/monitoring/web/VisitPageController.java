package id.naikkelas.export.monitoring.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.monitoring.ExporterVisits;
import id.naikkelas.export.monitoring.ObstacleCategory;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An officer records a visit to an exporter: the day, who went, what they found, the obstacles
 * ticked with a note each, and up to five follow-up actions. A refused form comes back with what
 * was typed and the GOV.UK error summary; a recorded one goes to the exporter's page.
 */
@Controller
class VisitPageController {

  static final String VIEW = "export/visit-form";

  private final ExporterVisits visits;
  private final CurrentActor current;

  VisitPageController(ExporterVisits visits, CurrentActor current) {
    this.visits = visits;
    this.current = current;
  }

  @GetMapping("/export/exporters/{businessId}/visits/new")
  String form(@PathVariable long businessId, Model model) {
    model.addAttribute("form", new VisitPageForm());
    return page(current.require(), businessId, model);
  }

  @PostMapping("/export/exporters/{businessId}/visits/new")
  String record(
      @PathVariable long businessId,
      @ModelAttribute("form") VisitPageForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    Actor by = current.require();
    if (binding.hasErrors()) {
      return page(by, businessId, model);
    }
    try {
      visits.record(by, businessId, form.toForm());
    } catch (InvalidInputException e) {
      FormErrors.reject(
          binding, new InvalidInputException(e.problems().stream().map(form::pageField).toList()));
      return page(by, businessId, model);
    }
    redirect.addFlashAttribute("done", "export.visit.page.recorded");
    return "redirect:/export/exporters/" + businessId;
  }

  private String page(Actor by, long businessId, Model model) {
    model.addAttribute("businessId", businessId);
    model.addAttribute("businessName", visits.visitable(by, businessId));
    model.addAttribute("categories", ObstacleCategory.values());
    return VIEW;
  }
}
