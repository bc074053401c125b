package id.naikkelas.access.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in start page: who you are and the region you work in, one level down. */
@Controller
class HomeController {

  private final CurrentActor current;
  private final Regions regions;

  HomeController(CurrentActor current, Regions regions) {
    this.current = current;
    this.regions = regions;
  }

  @GetMapping("/home")
  String home(Model model) {
    Actor actor = current.require();
    model.addAttribute("actor", actor);
    if (actor.scope() != null) {
      model.addAttribute("scopePath", regions.path(actor.scope()));
      regions.find(actor.scope()).ifPresent(r -> model.addAttribute("scopeRegion", r));
      model.addAttribute("scopeChildren", regions.children(actor.scope()));
    }
    return "access/home";
  }
}
