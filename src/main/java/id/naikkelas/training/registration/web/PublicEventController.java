package id.naikkelas.training.registration.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PublicUrl;
import id.naikkelas.platform.QrCodes;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.platform.web.PageLinks;
import id.naikkelas.training.Events;
import id.naikkelas.training.FollowUps;
import id.naikkelas.training.TrainingEvent;
import id.naikkelas.training.registration.EventRegistrations;
import id.naikkelas.training.registration.Ticket;
import id.naikkelas.training.registration.Withdrawals;
import id.naikkelas.training.selection.SelectionState;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public side of events: the list, an event with its form, tickets, certificate checks. */
@Controller
class PublicEventController {

  private final Events events;
  private final EventRegistrations registrations;
  private final Withdrawals withdrawals;
  private final FollowUps followUps;
  private final CurrentActor current;
  private final Clock clock;
  private final PublicUrl publicUrl;

  PublicEventController(
      Events events,
      EventRegistrations registrations,
      Withdrawals withdrawals,
      FollowUps followUps,
      CurrentActor current,
      Clock clock,
      PublicUrl publicUrl) {
    this.events = events;
    this.registrations = registrations;
    this.withdrawals = withdrawals;
    this.followUps = followUps;
    this.current = current;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  @GetMapping("/acara")
  String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
    Page<TrainingEvent> upcoming = events.upcoming(PageRequest.of(Math.max(page, 0), 20));
    model.addAttribute("events", upcoming);
    model.addAttribute("pages", PageLinks.of(upcoming, request));
    return "training/public-list";
  }

  @GetMapping("/acara/{id}")
  String event(@PathVariable long id, Model model) {
    return show(id, new RegistrationPageForm(), model);
  }

  private String show(long id, RegistrationPageForm form, Model model) {
    TrainingEvent event = events.find(id);
    model.addAttribute("event", event);
    model.addAttribute(
        "open",
        event.openAt(clock.instant()) && SelectionState.OPEN.name().equals(event.selectionState()));
    model.addAttribute("notYet", clock.instant().isBefore(event.registrationOpens()));
    model.addAttribute("owner", current.get().map(a -> a.role() == Role.OWNER).orElse(false));
    model.addAttribute("form", form);
    return "training/public-event";
  }

  @PostMapping("/acara/{id}")
  String register(
      @PathVariable long id,
      @ModelAttribute("form") RegistrationPageForm form,
      BindingResult binding,
      HttpServletRequest request,
      Model model) {
    try {
      return ConfirmationPageController.toConfirm(
          registrations.request(id, form.toRequest(), request.getRemoteAddr()));
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return show(id, form, model);
    }
  }

  /** A signed-in owner: the second click. */
  @PostMapping("/acara/{id}/daftar-saya")
  String registerOwner(@PathVariable long id, HttpServletRequest request, Model model) {
    if (current.get().isEmpty()) {
      return "redirect:/login";
    }
    try {
      return ConfirmationPageController.toConfirm(
          registrations.requestOwner(id, current.require(), request.getRemoteAddr()));
    } catch (InvalidInputException e) {
      model.addAttribute("ownerProblem", e.problems().get(0));
      return show(id, new RegistrationPageForm(), model);
    }
  }

  /** A signed-in owner's registrations (those made with "register with my data"). */
  @GetMapping("/my/events")
  String mine(Model model) {
    model.addAttribute("tickets", registrations.ofAccount(current.require()));
    return "training/my-events";
  }

  @GetMapping("/acara/tiket/{ticket}")
  String ticket(@PathVariable String ticket, Model model) {
    Ticket t = registrations.byTicket(ticket);
    model.addAttribute("ticket", t);
    model.addAttribute("event", events.find(t.eventId()));
    model.addAttribute("link", publicUrl.of("/acara/tiket/" + t.ticket()));
    return "training/ticket";
  }

  @GetMapping(value = "/acara/tiket/{ticket}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> qr(@PathVariable String ticket) {
    Ticket t = registrations.byTicket(ticket);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.IMAGE_PNG)
        .body(QrCodes.png(publicUrl.of("/acara/tiket/" + t.ticket()), 320));
  }

  @PostMapping("/acara/tiket/{ticket}/batal")
  String withdraw(
      @PathVariable String ticket,
      @RequestParam(defaultValue = "false") boolean confirm,
      RedirectAttributes redirect) {
    if (!confirm) {
      redirect.addFlashAttribute("confirmNeeded", true);
      return "redirect:/acara/tiket/" + ticket;
    }
    try {
      withdrawals.byTicket(ticket);
      redirect.addFlashAttribute("withdrawn", true);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("refused", e.problems().get(0).messageKey());
    }
    return "redirect:/acara/tiket/" + ticket;
  }

  @PostMapping("/acara/tiket/{ticket}/survei")
  String survey(
      @PathVariable String ticket,
      @RequestParam(required = false) Integer wave,
      @RequestParam(required = false) Boolean startedBusiness,
      @RequestParam(required = false) Boolean obtainedPermit,
      @RequestParam(required = false) Boolean sellsOnline,
      @RequestParam(required = false) String salesChangePct,
      RedirectAttributes redirect) {
    try {
      BigDecimal change = null;
      if (salesChangePct != null && !salesChangePct.isBlank()) {
        try {
          change = new BigDecimal(salesChangePct.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
          throw new InvalidInputException("salesChangePct", "training.number.invalid");
        }
      }
      followUps.recordByTicket(
          ticket,
          new FollowUps.Answers(wave, startedBusiness, obtainedPermit, sellsOnline, change));
      redirect.addFlashAttribute("surveyThanks", true);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("refused", e.problems().get(0).messageKey());
    }
    return "redirect:/acara/tiket/" + ticket;
  }
}
