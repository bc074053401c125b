package id.naikkelas.training.matching.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.platform.web.PageActions;
import id.naikkelas.training.Events;
import id.naikkelas.training.matching.BusinessMatching;
import id.naikkelas.training.matching.MatchingMeetingView;
import id.naikkelas.training.matching.MatchingMeetings;
import id.naikkelas.training.matching.MatchingReports;
import id.naikkelas.training.matching.MatchingSetup;
import id.naikkelas.training.matching.MeetingOutcomeKind;
import id.naikkelas.training.matching.MeetingOutcomeRequest;
import id.naikkelas.training.matching.MeetingOutcomeStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Business matching pages: joining, a participant's own page, the organiser's board. */
@Controller
class MatchingPageController {

  private final BusinessMatching matching;
  private final MatchingMeetings meetings;
  private final MatchingReports reports;
  private final Events events;
  private final CurrentActor current;

  MatchingPageController(
      BusinessMatching matching,
      MatchingMeetings meetings,
      MatchingReports reports,
      Events events,
      CurrentActor current) {
    this.matching = matching;
    this.meetings = meetings;
    this.reports = reports;
    this.events = events;
    this.current = current;
  }

  @GetMapping("/acara/{id}/temu-usaha")
  String joinForm(@PathVariable long id, Model model) {
    model.addAttribute("event", events.find(id));
    model.addAttribute("form", new JoinPageForm());
    return "training/matching-join";
  }

  @PostMapping("/acara/{id}/temu-usaha")
  String join(
      @PathVariable long id,
      @ModelAttribute("form") JoinPageForm form,
      BindingResult binding,
      HttpServletRequest request,
      Model model) {
    try {
      return "redirect:/temu-usaha/" + matching.join(id, form.toJoin(), request.getRemoteAddr());
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      model.addAttribute("event", events.find(id));
      return "training/matching-join";
    }
  }

  @GetMapping("/temu-usaha/{token}")
  String mine(@PathVariable String token, Model model) {
    model.addAttribute("mine", matching.mine(token));
    model.addAttribute("token", token);
    return "training/matching-mine";
  }

  @PostMapping("/temu-usaha/{token}/minta")
  String request(
      @PathVariable String token, @RequestParam long inviteeId, RedirectAttributes redirect) {
    try {
      matching.request(token, inviteeId);
      redirect.addFlashAttribute("done", "matching.done.requested");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("refused", e.problems().get(0).messageKey());
    }
    return "redirect:/temu-usaha/" + token;
  }

  @PostMapping("/temu-usaha/{token}/tolak/{meetingId}")
  String decline(
      @PathVariable String token, @PathVariable long meetingId, RedirectAttributes redirect) {
    matching.decline(token, meetingId);
    redirect.addFlashAttribute("done", "matching.done.declined");
    return "redirect:/temu-usaha/" + token;
  }

  @GetMapping("/training/events/{id}/matching")
  String board(@PathVariable long id, Model model) {
    var by = current.require();
    model.addAttribute("event", events.findInScope(by, id));
    model.addAttribute("setup", matching.setup(id).orElse(null));
    model.addAttribute("participants", matching.participants(by, id));
    model.addAttribute("meetings", matching.meetings(by, id));
    model.addAttribute("report", reports.report(by, id));
    return "training/matching-board";
  }

  @PostMapping("/training/events/{id}/matching/setup")
  String setUp(
      @PathVariable long id,
      @RequestParam(required = false) String day,
      @RequestParam(required = false) String firstSlot,
      @RequestParam(required = false) Integer slotMinutes,
      @RequestParam(required = false) Integer slots,
      @RequestParam(required = false) Integer tables,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "matching.done.setup",
        () ->
            matching.setUp(
                current.require(),
                id,
                new MatchingSetup(
                    parse(day, "day", "training.date.invalid", LocalDate::parse),
                    parse(firstSlot, "firstSlot", "matching.time.invalid", LocalTime::parse),
                    slotMinutes,
                    slots,
                    tables)));
  }

  @PostMapping("/training/events/{id}/matching/schedule")
  String schedule(@PathVariable long id, RedirectAttributes redirect) {
    return act(
        id, redirect, "matching.done.scheduled", () -> meetings.schedule(current.require(), id));
  }

  @PostMapping("/training/events/{id}/matching/meetings/{meetingId}/outcome")
  String outcome(
      @PathVariable long id,
      @PathVariable long meetingId,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String value,
      @RequestParam(required = false) String currency,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "matching.done.outcome",
        () -> {
          BigDecimal amount = null;
          if (value != null && !value.isBlank()) {
            try {
              amount = new BigDecimal(value.strip().replace(".", "").replace(',', '.'));
            } catch (NumberFormatException e) {
              throw new InvalidInputException("value", "training.number.invalid");
            }
          }
          MeetingOutcomeKind k = choice(kind, "kind", MeetingOutcomeKind.class);
          MeetingOutcomeStatus s = choice(status, "status", MeetingOutcomeStatus.class);
          Actor by = current.require();
          MatchingMeetingView now =
              matching.meetings(by, id).stream()
                  .filter(m -> m.id() == meetingId)
                  .findFirst()
                  .orElseThrow(() -> new NotFoundException("meeting", meetingId));
          if (now.outcomeStatus() == null
              || MeetingOutcomeStatus.FOLLOW_UP.name().equals(now.outcomeStatus())) {
            meetings.recordOutcome(
                by, meetingId, new MeetingOutcomeRequest(k, amount, currency, note));
          }
          switch (s) {
            case REALISED -> meetings.realise(by, meetingId);
            case DROPPED -> meetings.drop(by, meetingId);
            case FOLLOW_UP -> {}
          }
        });
  }

  private static <T> T parse(
      String given, String field, String key, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(given == null ? "" : given.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, key);
    }
  }

  private static <E extends Enum<E>> E choice(String given, String field, Class<E> type) {
    try {
      return Enum.valueOf(type, given == null ? "" : given.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          java.util.List.of(new FieldProblem(field, "field.choice", String.valueOf(given))));
    }
  }

  private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
    PageActions.run(redirect, done, action);
    return "redirect:/training/events/" + id + "/matching";
  }
}
