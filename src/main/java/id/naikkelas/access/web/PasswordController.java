package id.naikkelas.access.web;

import id.naikkelas.access.Accounts;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.SignedInSession;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Anyone signed in changes their own password here. The change ends the account's other sessions
 * and revokes its API tokens; this session goes on under a new id.
 */
@Controller
class PasswordController {

  private final Accounts accounts;
  private final CurrentActor current;
  private final SignedInSession session;

  PasswordController(Accounts accounts, CurrentActor current, SignedInSession session) {
    this.accounts = accounts;
    this.current = current;
    this.session = session;
  }

  @GetMapping("/account/password")
  String form(Model model) {
    model.addAttribute("form", new PasswordForm());
    return "access/password";
  }

  @PostMapping("/account/password")
  String change(
      @ModelAttribute("form") PasswordForm form,
      BindingResult binding,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (!form.getNewPassword().equals(form.getConfirmPassword())) {
      binding.rejectValue("confirmPassword", "password.mismatch");
      return "access/password";
    }
    try {
      accounts.changeOwnPassword(
          current.require(), form.getCurrentPassword(), form.getNewPassword());
      // every other session and every token of the account has ended; this one goes on
      session.renew(request, response);
      redirect.addFlashAttribute("passwordChanged", true);
      return "redirect:/home";
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return "access/password";
    }
  }
}
