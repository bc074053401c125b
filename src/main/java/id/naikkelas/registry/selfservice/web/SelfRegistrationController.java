package id.naikkelas.registry.selfservice.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.MyData;
import id.naikkelas.registry.Registered;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.claims.OwnerClaims;
import id.naikkelas.registry.selfservice.SelfRegistration;
import id.naikkelas.registry.web.BusinessForm;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Owners register themselves here, then keep their own business up to date. */
@Controller
class SelfRegistrationController {

  private final SelfRegistration registration;
  private final Registry registry;
  private final MyData myData;
  private final OwnerClaims claims;
  private final CurrentActor current;

  SelfRegistrationController(
      SelfRegistration registration,
      Registry registry,
      MyData myData,
      OwnerClaims claims,
      CurrentActor current) {
    this.registration = registration;
    this.registry = registry;
    this.myData = myData;
    this.claims = claims;
    this.current = current;
  }

  @GetMapping("/daftar")
  String form(Model model) {
    model.addAttribute("form", new SelfRegistrationPageForm());
    return "registry/self-register";
  }

  @PostMapping("/daftar")
  String register(
      @ModelAttribute("form") SelfRegistrationPageForm form,
      BindingResult binding,
      HttpServletRequest request) {
    try {
      registration.register(form.toForm(), request.getRemoteAddr());
      return "redirect:/login?registered";
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return "registry/self-register";
    }
  }

  @GetMapping("/my/businesses")
  String mine(Model model) {
    model.addAttribute("businesses", registry.ownBusinesses(current.require()));
    model.addAttribute("claim", claims.mine(current.require()).orElse(null));
    return "registry/my-businesses";
  }

  @GetMapping("/my/data")
  String myData(Model model) {
    model.addAttribute("report", myData.of(current.require()));
    return "registry/my-data";
  }

  @GetMapping("/my/businesses/{id}")
  String edit(@PathVariable long id, Model model) {
    BusinessDetail business = own(id);
    model.addAttribute("business", business);
    model.addAttribute("form", BusinessForm.of(business));
    model.addAttribute("formAction", "/my/businesses/" + id);
    return "registry/form";
  }

  @PostMapping("/my/businesses/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") BusinessForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      Registered saved = registry.updateByOwner(current.require(), id, form.toDraft());
      redirect.addFlashAttribute("saved", true);
      redirect.addFlashAttribute("warnings", saved.warnings());
      return "redirect:/my/businesses";
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      model.addAttribute("business", own(id));
      model.addAttribute("formAction", "/my/businesses/" + id);
      return "registry/form";
    }
  }

  private BusinessDetail own(long id) {
    return registry.ownBusinesses(current.require()).stream()
        .filter(b -> b.id() == id)
        .findFirst()
        .orElseThrow(() -> new id.naikkelas.platform.NotFoundException("business", id));
  }
}
