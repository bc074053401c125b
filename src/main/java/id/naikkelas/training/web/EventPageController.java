package id.naikkelas.training.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.platform.web.PageLinks;
import id.naikkelas.training.Events;
import id.naikkelas.training.FollowUps;
import id.naikkelas.training.TrainingEvent;
import id.naikkelas.training.registration.EventRegistrations;
import id.naikkelas.training.registration.RegistrationRow;
import id.naikkelas.training.registration.RegistrationStatus;
import id.naikkelas.training.selection.Criterion;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers run events: create them, watch registrations, close registration, see outcomes. */
@Controller
class EventPageController {

  private final Events events;
  private final EventRegistrations registrations;
  private final FollowUps followUps;
  private final CurrentActor current;

  EventPageController(
      Events events, EventRegistrations registrations, FollowUps followUps, CurrentActor current) {
    this.events = events;
    this.registrations = registrations;
    this.followUps = followUps;
    this.current = current;
  }

  @GetMapping("/training")
  String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
    Page<TrainingEvent> mine =
        events.inScope(current.require(), PageRequest.of(Math.max(page, 0), 20));
    model.addAttribute("events", mine);
    model.addAttribute("pages", PageLinks.of(mine, request));
    return "training/list";
  }

  @GetMapping("/training/events/new")
  String form(Model model) {
    EventPageForm form = new EventPageForm();
    form.setRegionScope(current.require().scope());
    return form(form, model);
  }

  private String form(EventPageForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("criteria", Criterion.values());
    return "training/form";
  }

  @PostMapping("/training/events")
  String create(@ModelAttribute("form") EventPageForm form, BindingResult binding, Model model) {
    try {
      List<FieldProblem> unreadable = new ArrayList<>();
      long id = events.create(current.require(), form.toDraft(unreadable), unreadable);
      return "redirect:/training/events/" + id;
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return form(form, model);
    }
  }

  @GetMapping("/training/events/{id}")
  String event(
      @PathVariable long id,
      @RequestParam(required = false) RegistrationStatus status,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    Actor by = current.require();
    TrainingEvent event = events.findInScope(by, id);
    Page<RegistrationRow> rows =
        registrations.list(by, id, status, PageRequest.of(Math.max(page, 0), 50));
    model.addAttribute("event", event);
    model.addAttribute("rows", rows);
    model.addAttribute("status", status);
    model.addAttribute("statuses", RegistrationStatus.values());
    model.addAttribute("pages", PageLinks.of(rows, request));
    return "training/event";
  }

  @PostMapping("/training/events/{id}/close")
  String close(@PathVariable long id, RedirectAttributes redirect) {
    events.closeNow(current.require(), id);
    redirect.addFlashAttribute("done", "training.done.closed");
    return back(id);
  }

  @GetMapping("/training/outcomes")
  String outcomes(Model model) {
    model.addAttribute("outcomes", followUps.outcomes(current.require()));
    return "training/outcomes";
  }

  private static String back(long id) {
    return "redirect:/training/events/" + id;
  }
}
