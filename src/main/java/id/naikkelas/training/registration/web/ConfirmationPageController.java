package id.naikkelas.training.registration.web;

import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.training.registration.Confirmations;
import id.naikkelas.training.registration.Pending;
import id.naikkelas.training.registration.RegistrationStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person confirms a registration from their phone: by the link in the message (which opens this
 * page with the code filled in: opening a link changes nothing, since message apps open links to
 * preview them) or by typing the code. The ticket page follows.
 */
@Controller
class ConfirmationPageController {

  private final Confirmations confirmations;

  ConfirmationPageController(Confirmations confirmations) {
    this.confirmations = confirmations;
  }

  /**
   * After registering: the page that says to confirm from the phone, with the place held (in the
   * address, not a flash attribute: an anonymous visitor gets no session).
   */
  static String toConfirm(Pending pending) {
    return "redirect:/acara/konfirmasi?tempat="
        + pending.place()
        + "&sampai="
        + pending.confirmBy().getEpochSecond();
  }

  @GetMapping("/acara/konfirmasi")
  String page(
      @RequestParam(name = "tempat", required = false) String place,
      @RequestParam(name = "sampai", required = false) String until,
      Model model) {
    model.addAttribute("form", new ConfirmPageForm());
    held(place, until).ifPresent(p -> model.addAttribute("pending", p));
    return "training/confirm";
  }

  private static Optional<Pending> held(String place, String until) {
    if (place == null || until == null || !until.matches("[0-9]{1,12}")) {
      return Optional.empty();
    }
    return Arrays.stream(RegistrationStatus.values())
        .filter(s -> s.name().equals(place))
        .filter(
            s ->
                s == RegistrationStatus.CONFIRMED
                    || s == RegistrationStatus.WAITLISTED
                    || s == RegistrationStatus.APPLIED)
        .findFirst()
        .map(s -> new Pending(s, Instant.ofEpochSecond(Long.parseLong(until))));
  }

  @GetMapping("/acara/konfirmasi/{code}")
  String link(@PathVariable String code, Model model) {
    ConfirmPageForm form = new ConfirmPageForm();
    form.setCode(Confirmations.shown(code));
    model.addAttribute("form", form);
    model.addAttribute("fromLink", true);
    return "training/confirm";
  }

  @PostMapping({"/acara/konfirmasi", "/acara/konfirmasi/{code}"})
  String confirm(
      @ModelAttribute("form") ConfirmPageForm form,
      BindingResult binding,
      HttpServletRequest request,
      Model model) {
    try {
      Confirmations.Confirmed c = confirmations.confirm(form.getCode(), request.getRemoteAddr());
      return "redirect:/acara/tiket/" + c.ticket();
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return "training/confirm";
    }
  }
}
