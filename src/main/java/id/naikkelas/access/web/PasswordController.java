package id.naikkelas.access.web;

import id.naikkelas.access.Accounts;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Anyone signed in changes their own password here. */
@Controller
class PasswordController {

  private final Accounts accounts;
  private final CurrentActor current;

  PasswordController(Accounts accounts, CurrentActor current) {
    this.accounts = accounts;
    this.current = current;
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
      RedirectAttributes redirect) {
    if (!form.getNewPassword().equals(form.getConfirmPassword())) {
      binding.rejectValue("confirmPassword", "password.mismatch");
      return "access/password";
    }
    try {
      accounts.changeOwnPassword(
          current.require(), form.getCurrentPassword(), form.getNewPassword());
      redirect.addFlashAttribute("passwordChanged", true);
      return "redirect:/home";
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return "access/password";
    }
  }
}
