package id.naikkelas.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page. */
@Controller
class LandingController {

  @GetMapping("/")
  String landing() {
    return "landing";
  }
}
