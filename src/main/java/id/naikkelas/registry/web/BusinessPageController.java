package id.naikkelas.registry.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.platform.web.Htmx;
import id.naikkelas.platform.web.PageLinks;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.BusinessQuery;
import id.naikkelas.registry.BusinessRow;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.BusinessStatus;
import id.naikkelas.registry.Registered;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.SizeClass;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers list, open, create, edit, verify and deactivate businesses of their scope. */
@Controller
class BusinessPageController {

  private static final int PAGE_SIZE = 25;

  private final Registry registry;
  private final CurrentActor current;
  private final Regions regions;

  BusinessPageController(Registry registry, CurrentActor current, Regions regions) {
    this.registry = registry;
    this.current = current;
    this.regions = regions;
  }

  @ModelAttribute("sizeClasses")
  SizeClass[] sizeClasses() {
    return SizeClass.values();
  }

  @ModelAttribute("statuses")
  BusinessStatus[] statuses() {
    return BusinessStatus.values();
  }

  @GetMapping("/registry")
  String list(
      @ModelAttribute("query") BusinessQuery query,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    Actor actor = current.require();
    Page<BusinessRow> found =
        registry.search(actor, query, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("businesses", found.getContent());
    model.addAttribute("pages", PageLinks.of(found, request));
    model.addAttribute("districts", regions.children(actor.scope()));
    return Htmx.pageOrFragment(request, "registry/list", "results");
  }

  @GetMapping("/registry/new")
  String newForm(Model model) {
    model.addAttribute("form", new BusinessForm());
    return "registry/form";
  }

  @PostMapping("/registry")
  String create(
      @ModelAttribute("form") BusinessForm form,
      BindingResult binding,
      RedirectAttributes redirect) {
    try {
      Registered registered =
          registry.register(current.require(), form.toDraft(), BusinessSource.FORM);
      redirect.addFlashAttribute("saved", true);
      redirect.addFlashAttribute("warnings", registered.warnings());
      return "redirect:/registry/" + registered.id();
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return "registry/form";
    }
  }

  @GetMapping("/registry/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("business", registry.find(current.require(), id));
    return "registry/detail";
  }

  @GetMapping("/registry/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    BusinessDetail business = registry.find(current.require(), id);
    model.addAttribute("business", business);
    model.addAttribute("form", BusinessForm.of(business));
    return "registry/form";
  }

  @PostMapping("/registry/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") BusinessForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      Registered registered = registry.update(current.require(), id, form.toDraft());
      redirect.addFlashAttribute("saved", true);
      redirect.addFlashAttribute("warnings", registered.warnings());
      return "redirect:/registry/" + id;
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      model.addAttribute("business", registry.find(current.require(), id));
      return "registry/form";
    }
  }

  @PostMapping("/registry/{id}/verify")
  String verify(@PathVariable long id, RedirectAttributes redirect) {
    return transition(id, redirect, () -> registry.verify(current.require(), id), "verified");
  }

  @PostMapping("/registry/{id}/deactivate")
  String deactivate(@PathVariable long id, RedirectAttributes redirect) {
    return transition(
        id, redirect, () -> registry.deactivate(current.require(), id), "deactivated");
  }

  @PostMapping("/registry/{id}/nik")
  String revealNik(@PathVariable long id, Model model) {
    model.addAttribute("business", registry.find(current.require(), id));
    model.addAttribute("fullNik", registry.revealNik(current.require(), id));
    return "registry/detail";
  }

  private String transition(long id, RedirectAttributes redirect, Runnable change, String done) {
    try {
      change.run();
      redirect.addFlashAttribute("changed", done);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("refused", e.problems().get(0).messageKey());
    }
    return "redirect:/registry/" + id;
  }
}
