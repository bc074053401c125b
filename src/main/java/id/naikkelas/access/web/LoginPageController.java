package id.naikkelas.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form post and sign-out. */
@Controller
class LoginPageController {

  @GetMapping("/login")
  String login() {
    return "access/login";
  }
}
