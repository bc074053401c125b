package id.naikkelas.access.web;

import id.naikkelas.access.AccountView;
import id.naikkelas.access.Accounts;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Role;
import id.naikkelas.access.SignedInSession;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.platform.web.Htmx;
import id.naikkelas.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list, open, edit, disable and re-enable accounts inside their scope. */
@Controller
class AccountAdminController {

  private static final int PAGE_SIZE = 25;

  private final Accounts accounts;
  private final CurrentActor current;
  private final SignedInSession session;

  AccountAdminController(Accounts accounts, CurrentActor current, SignedInSession session) {
    this.accounts = accounts;
    this.current = current;
    this.session = session;
  }

  @ModelAttribute("roles")
  Role[] roles() {
    return Role.values();
  }

  @GetMapping("/admin/accounts")
  String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Role role,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "username") String sort,
      HttpServletRequest request,
      Model model) {
    Sort order =
        switch (sort) {
          case "fullName" -> Sort.by("fullName");
          case "role" -> Sort.by("role", "username");
          case "scope" -> Sort.by("scope", "username");
          case "created" -> Sort.by(Sort.Direction.DESC, "createdAt");
          default -> Sort.by("username");
        };
    Page<AccountView> found =
        accounts.search(
            current.require(), q, role, PageRequest.of(Math.max(page, 0), PAGE_SIZE, order));
    model.addAttribute("accounts", found.getContent());
    model.addAttribute("pages", PageLinks.of(found, request));
    model.addAttribute("q", q);
    model.addAttribute("selectedRole", role);
    model.addAttribute("sort", sort);
    return Htmx.pageOrFragment(request, "access/accounts", "results");
  }

  @GetMapping("/admin/accounts/new")
  String newForm(Model model) {
    model.addAttribute("form", new AccountForm());
    model.addAttribute("editing", false);
    return "access/account-form";
  }

  @PostMapping("/admin/accounts")
  String create(
      @ModelAttribute("form") AccountForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      long id = accounts.create(current.require(), form.toNewAccount());
      redirect.addFlashAttribute("saved", form.getUsername());
      return "redirect:/admin/accounts/" + id;
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
    } catch (ForbiddenException e) {
      binding.rejectValue("scope", e.messageKey());
    }
    model.addAttribute("editing", false);
    return "access/account-form";
  }

  @GetMapping("/admin/accounts/{id}")
  String edit(@PathVariable long id, Model model) {
    AccountView account = accounts.find(current.require(), id);
    model.addAttribute("account", account);
    model.addAttribute("form", AccountForm.of(account));
    model.addAttribute("editing", true);
    return "access/account-form";
  }

  @PostMapping("/admin/accounts/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") AccountForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    AccountView account = accounts.find(current.require(), id);
    try {
      accounts.update(current.require(), id, form.toChanges());
      if (current.require().id() == id) {
        // editing one's own account ended one's sessions: keep this one, with the new state
        session.renew(request, response);
      }
      redirect.addFlashAttribute("saved", account.username());
      return "redirect:/admin/accounts/" + id;
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
    } catch (ForbiddenException e) {
      binding.rejectValue("scope", e.messageKey());
    }
    form.setUsername(account.username());
    model.addAttribute("account", account);
    model.addAttribute("editing", true);
    return "access/account-form";
  }

  @PostMapping("/admin/accounts/{id}/enabled")
  String setEnabled(
      @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
    try {
      accounts.setEnabled(current.require(), id, enabled);
      redirect.addFlashAttribute("saved", accounts.find(current.require(), id).username());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("refused", e.problems().get(0).messageKey());
    }
    return "redirect:/admin/accounts/" + id;
  }
}
