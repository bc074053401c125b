package id.naikkelas.training.certificate.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.web.PageActions;
import id.naikkelas.training.Events;
import id.naikkelas.training.FollowUps;
import id.naikkelas.training.TrainingEvent;
import id.naikkelas.training.certificate.Attendance;
import id.naikkelas.training.registration.EventRegistrations;
import id.naikkelas.training.registration.RegistrationStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers check participants in, list attendance, certify, and record follow-ups. */
@Controller
class AttendancePageController {

  private final Events events;
  private final EventRegistrations registrations;
  private final Attendance attendance;
  private final FollowUps followUps;
  private final CurrentActor current;

  AttendancePageController(
      Events events,
      EventRegistrations registrations,
      Attendance attendance,
      FollowUps followUps,
      CurrentActor current) {
    this.events = events;
    this.registrations = registrations;
    this.attendance = attendance;
    this.followUps = followUps;
    this.current = current;
  }

  @GetMapping("/training/events/{id}/check-in")
  String checkInPage(@PathVariable long id, Model model) {
    model.addAttribute("event", events.findInScope(current.require(), id));
    model.addAttribute("session", 1);
    return "training/check-in";
  }

  /** One handler for the page and its htmx partial: the result of a check-in. */
  @PostMapping("/training/events/{id}/check-in")
  String checkIn(
      @PathVariable long id,
      @RequestParam(required = false) String code,
      @RequestParam(defaultValue = "1") int session,
      HttpServletRequest request,
      Model model) {
    TrainingEvent event = events.findInScope(current.require(), id);
    model.addAttribute("event", event);
    model.addAttribute("session", session);
    try {
      model.addAttribute("result", attendance.checkIn(current.require(), id, code, session));
    } catch (InvalidInputException e) {
      model.addAttribute("problem", e.problems().get(0));
    } catch (NotFoundException e) {
      model.addAttribute("unknown", code);
    }
    return request.getHeader("HX-Request") != null
        ? "training/check-in :: result"
        : "training/check-in";
  }

  @GetMapping("/training/events/{id}/attendance")
  String attendanceList(@PathVariable long id, Model model) {
    Actor by = current.require();
    TrainingEvent event = events.findInScope(by, id);
    model.addAttribute("event", event);
    model.addAttribute(
        "rows",
        registrations
            .list(by, id, RegistrationStatus.CONFIRMED, PageRequest.of(0, 5000))
            .getContent());
    model.addAttribute(
        "sessionNumbers",
        java.util.stream.IntStream.rangeClosed(1, event.sessions()).boxed().toList());
    return "training/attendance";
  }

  @PostMapping("/training/events/{id}/registrations/{registrationId}/follow-up")
  String followUp(
      @PathVariable long id,
      @PathVariable long registrationId,
      @RequestParam(required = false) Integer wave,
      @RequestParam(required = false) Boolean startedBusiness,
      @RequestParam(required = false) Boolean obtainedPermit,
      @RequestParam(required = false) Boolean sellsOnline,
      @RequestParam(required = false) String salesChangePct,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "training.done.followUp",
        () -> {
          BigDecimal change = null;
          if (salesChangePct != null && !salesChangePct.isBlank()) {
            try {
              change = new BigDecimal(salesChangePct.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
              throw new InvalidInputException("salesChangePct", "training.number.invalid");
            }
          }
          followUps.recordByOfficer(
              current.require(),
              id,
              registrationId,
              new FollowUps.Answers(wave, startedBusiness, obtainedPermit, sellsOnline, change));
        });
  }

  private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
    PageActions.run(redirect, done, action);
    return back(id);
  }

  private static String back(long id) {
    return "redirect:/training/events/" + id;
  }
}
