package id.naikkelas.training.selection.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.PageActions;
import id.naikkelas.training.registration.Withdrawals;
import id.naikkelas.training.selection.Selection;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An officer runs an event's selection from its page (rank, adjust a registration's points,
 * confirm) and withdraws registrations; a refused action comes back as the page's message.
 */
@Controller
class SelectionPageController {

  private final Selection selection;
  private final Withdrawals withdrawals;
  private final CurrentActor current;

  SelectionPageController(Selection selection, Withdrawals withdrawals, CurrentActor current) {
    this.selection = selection;
    this.withdrawals = withdrawals;
    this.current = current;
  }

  @PostMapping("/training/events/{id}/selection")
  String rank(@PathVariable long id, RedirectAttributes redirect) {
    return act(id, redirect, "training.done.ranked", () -> selection.rank(current.require(), id));
  }

  @PostMapping("/training/events/{id}/selection/confirm")
  String confirm(@PathVariable long id, RedirectAttributes redirect) {
    return act(
        id, redirect, "training.done.confirmed", () -> selection.confirm(current.require(), id));
  }

  @PostMapping("/training/events/{id}/registrations/{registrationId}/adjustment")
  String adjust(
      @PathVariable long id,
      @PathVariable long registrationId,
      @RequestParam(required = false) String points,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "training.done.adjusted",
        () -> {
          BigDecimal p;
          try {
            p = new BigDecimal(points == null ? "" : points.strip().replace(',', '.'));
          } catch (NumberFormatException e) {
            throw new InvalidInputException("points", "training.adjust.points");
          }
          selection.adjust(current.require(), id, registrationId, p, reason);
        });
  }

  @PostMapping("/training/events/{id}/registrations/{registrationId}/withdraw")
  String withdraw(
      @PathVariable long id, @PathVariable long registrationId, RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "training.done.withdrawn",
        () -> withdrawals.byOfficer(current.require(), id, registrationId));
  }

  private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
    PageActions.run(redirect, done, action);
    return back(id);
  }

  private static String back(long id) {
    return "redirect:/training/events/" + id;
  }
}
