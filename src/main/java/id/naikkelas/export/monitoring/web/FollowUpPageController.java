package id.naikkelas.export.monitoring.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.monitoring.ExportFollowUps;
import id.naikkelas.export.monitoring.FollowUpView;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.PageLinks;
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

/**
 * The officers' list of open follow-up actions of their scope, soonest due first, overdue ones
 * marked (or only those), each with a button that marks it done.
 */
@Controller
class FollowUpPageController {

  static final String VIEW = "export/follow-ups";
  static final int PAGE_SIZE = 25;

  private final ExportFollowUps followUps;
  private final CurrentActor current;

  FollowUpPageController(ExportFollowUps followUps, CurrentActor current) {
    this.followUps = followUps;
    this.current = current;
  }

  @GetMapping("/export/follow-ups")
  String list(
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    Page<FollowUpView> open =
        followUps.open(current.require(), overdue, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("overdue", overdue);
    model.addAttribute("actions", open);
    model.addAttribute("pages", PageLinks.of(open, request));
    return VIEW;
  }

  @PostMapping("/export/follow-ups/{id}/complete")
  String complete(
      @PathVariable long id,
      @RequestParam(required = false) String note,
      @RequestParam(defaultValue = "false") boolean overdue,
      RedirectAttributes redirect) {
    try {
      FollowUpView done = followUps.complete(current.require(), id, note);
      redirect.addFlashAttribute("done", "export.followUp.page.completed");
      redirect.addFlashAttribute("doneText", done.description());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("refused", e.problems().get(0).messageKey());
      redirect.addFlashAttribute("refusedArgs", e.problems().get(0).args());
    }
    return overdue ? "redirect:/export/follow-ups?overdue=true" : "redirect:/export/follow-ups";
  }
}
