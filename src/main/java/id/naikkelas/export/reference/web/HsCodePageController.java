package id.naikkelas.export.reference.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Role;
import id.naikkelas.export.reference.Countries;
import id.naikkelas.export.reference.HsCodeView;
import id.naikkelas.export.reference.HsCodes;
import id.naikkelas.export.reference.OriginRules;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HS codes for officers and admins: a search through the list (htmx swaps the results in place),
 * and for admins the forms that add Indonesian descriptions, BTKI lines and origin rules.
 */
@Controller
class HsCodePageController {

  static final String VIEW = "export/reference-hs-codes";
  static final int PAGE_SIZE = 50;

  private final HsCodes codes;
  private final OriginRules rules;
  private final Countries countries;
  private final CurrentActor current;

  HsCodePageController(
      HsCodes codes, OriginRules rules, Countries countries, CurrentActor current) {
    this.codes = codes;
    this.rules = rules;
    this.countries = countries;
    this.current = current;
  }

  @GetMapping("/export/hs-codes")
  String page(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    current.require().officerScope(); // officers and admins only
    boolean admin = current.require().role() == Role.ADMIN;
    String query = q == null || q.length() > 200 ? null : q;
    Page<HsCodeView> entries = codes.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("q", query);
    model.addAttribute("entries", entries);
    model.addAttribute("pages", PageLinks.of(entries, request));
    model.addAttribute("admin", admin);
    model.addAttribute("rules", rules.all());
    model.addAttribute("countries", countries.all());
    return VIEW;
  }

  @PostMapping("/export/hs-codes/description")
  String describe(
      @RequestParam String code,
      @RequestParam(defaultValue = "") String descriptionId,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        () -> codes.describe(current.require(), code, descriptionId).code(),
        "describe-code",
        "export.hs.page.described",
        request,
        model,
        redirect);
  }

  @PostMapping("/export/hs-codes/lines")
  String addLine(
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String descriptionEn,
      @RequestParam(defaultValue = "") String descriptionId,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        () -> codes.addNationalLine(current.require(), code, descriptionEn, descriptionId).code(),
        "code",
        "export.hs.page.added",
        request,
        model,
        redirect);
  }

  @PostMapping("/export/origin-rules")
  String setRule(
      @RequestParam(defaultValue = "") String country,
      @RequestParam(defaultValue = "") String form,
      @RequestParam(defaultValue = "") String agreement,
      @RequestParam(defaultValue = "") String source,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        () -> rules.update(current.require(), country, form, agreement, source).country(),
        "country",
        "export.origin.page.saved",
        request,
        model,
        redirect);
  }

  /** Runs an admin change: back to the page with its result, or the page with the problems. */
  private String attempt(
      Supplier<String> change,
      String field,
      String savedKey,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    List<FieldProblem> problems;
    try {
      String code = change.get();
      redirect.addFlashAttribute("saved", savedKey);
      redirect.addFlashAttribute("savedCode", code);
      return "redirect:/export/hs-codes";
    } catch (InvalidInputException e) {
      problems = e.problems();
    } catch (NotFoundException e) {
      problems = List.of(new FieldProblem(field, e.messageKey(), e.id()));
    }
    model.addAttribute("problems", problems);
    return page(null, 0, request, model);
  }
}
