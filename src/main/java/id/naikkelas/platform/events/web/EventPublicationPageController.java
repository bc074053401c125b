package id.naikkelas.platform.events.web;

import id.naikkelas.platform.events.EventPublicationView;
import id.naikkelas.platform.events.EventPublications;
import id.naikkelas.platform.web.Htmx;
import id.naikkelas.platform.web.PageActions;
import id.naikkelas.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
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
 * The admin page of incomplete event publications; a resubmission asks for confirmation on a page
 * of its own first.
 */
@Controller
class EventPublicationPageController {

  private static final int PAGE_SIZE = 50;

  private final EventPublications publications;

  EventPublicationPageController(EventPublications publications) {
    this.publications = publications;
  }

  @GetMapping("/admin/events")
  String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
    Page<EventPublicationView> found =
        publications.incomplete(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("publications", found.getContent());
    model.addAttribute("pages", PageLinks.of(found, request));
    return Htmx.pageOrFragment(request, "platform/event-publications", "results");
  }

  @GetMapping("/admin/events/{id}/resubmit")
  String confirm(@PathVariable UUID id, Model model) {
    model.addAttribute("publication", publications.find(id));
    return "platform/event-publication-resubmit";
  }

  @PostMapping("/admin/events/{id}/resubmit")
  String resubmit(@PathVariable UUID id, RedirectAttributes redirect) {
    PageActions.run(redirect, "eventPublications.resubmitted", () -> publications.resubmit(id));
    return "redirect:/admin/events";
  }
}
