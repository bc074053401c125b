package id.naikkelas.access.web;

import id.naikkelas.access.UnlockLinks;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unlock link sent to an account's contact: opening it asks for confirmation (so a mail scanner
 * following links does not use it up), the confirming post lifts the lock once.
 */
@Controller
class UnlockController {

  private final UnlockLinks links;

  UnlockController(UnlockLinks links) {
    this.links = links;
  }

  @GetMapping("/login/unlock/{token}")
  String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
    boolean usable = links.usable(token);
    if (!usable) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
    }
    model.addAttribute("usable", usable);
    model.addAttribute("token", token);
    return "access/unlock";
  }

  @PostMapping("/login/unlock/{token}")
  String unlock(@PathVariable String token, Model model, HttpServletResponse response) {
    if (links.unlock(token)) {
      return "redirect:/login?unlocked";
    }
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("usable", false);
    model.addAttribute("token", token);
    return "access/unlock";
  }
}
