package id.naikkelas.training.registration.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.training.Events;
import id.naikkelas.training.registration.Disputes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An officer settles a disputed NIK for an event of their scope: the person shows the KTP, the
 * officer fills in the person's data, sees which registration would be cancelled, and confirms.
 */
@Controller
class DisputePageController {

  private final Events events;
  private final Disputes disputes;
  private final CurrentActor current;

  DisputePageController(Events events, Disputes disputes, CurrentActor current) {
    this.events = events;
    this.disputes = disputes;
    this.current = current;
  }

  @GetMapping("/training/events/{id}/disputes")
  String form(@PathVariable long id, Model model) {
    model.addAttribute("event", events.findInScope(current.require(), id));
    model.addAttribute("form", new DisputePageForm());
    return "training/dispute";
  }

  /** Without {@code confirm}: what would be cancelled; with it: settled. */
  @PostMapping("/training/events/{id}/disputes")
  String settle(
      @PathVariable long id,
      @ModelAttribute("form") DisputePageForm form,
      BindingResult binding,
      @RequestParam(defaultValue = "false") boolean confirm,
      RedirectAttributes redirect,
      Model model) {
    Actor by = current.require();
    model.addAttribute("event", events.findInScope(by, id));
    try {
      if (!confirm) {
        model.addAttribute("preview", disputes.preview(by, id, form.toRequest()));
        return "training/dispute";
      }
      disputes.settle(by, id, form.toRequest());
      redirect.addFlashAttribute("done", "training.done.disputeSettled");
      return "redirect:/training/events/" + id;
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return "training/dispute";
    }
  }
}
