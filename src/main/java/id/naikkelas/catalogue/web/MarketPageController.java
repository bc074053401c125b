package id.naikkelas.catalogue.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.Curation;
import id.naikkelas.catalogue.CurationBoard;
import id.naikkelas.catalogue.Expos;
import id.naikkelas.catalogue.MarketPartners;
import id.naikkelas.catalogue.Showrooms;
import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.PageActions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers' pages for market access: partners, curation, showrooms (expos: ExpoBoardController).
 */
@Controller
class MarketPageController {

  private final MarketPartners partners;
  private final Curation curation;
  private final CurationBoard board;
  private final Showrooms showrooms;
  private final Expos expos;
  private final CurrentActor current;

  MarketPageController(
      MarketPartners partners,
      Curation curation,
      CurationBoard board,
      Showrooms showrooms,
      Expos expos,
      CurrentActor current) {
    this.partners = partners;
    this.curation = curation;
    this.board = board;
    this.showrooms = showrooms;
    this.expos = expos;
    this.current = current;
  }

  @GetMapping("/pasar")
  String overview(Model model) {
    var by = current.require();
    model.addAttribute("partners", partners.list(by));
    model.addAttribute("rounds", board.rounds(by));
    model.addAttribute("showrooms", showrooms.list(by));
    model.addAttribute("expos", expos.managed(by));
    return "catalogue/market";
  }

  @PostMapping("/pasar/mitra")
  String partner(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String website,
      RedirectAttributes redirect) {
    return act("/pasar", redirect, () -> partners.create(current.require(), name, kind, website));
  }

  @PostMapping("/pasar/mitra/{id}/usaha")
  String onboard(
      @PathVariable long id,
      @RequestParam(required = false) Long businessId,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return act(
        "/pasar",
        redirect,
        () -> {
          partners.onboard(current.require(), id, businessId == null ? -1 : businessId, null, note);
          return id;
        });
  }

  @PostMapping("/pasar/kurasi")
  String round(
      @RequestParam(required = false) String title,
      @RequestParam(required = false) Long partnerId,
      @RequestParam(required = false) BigDecimal passScore,
      RedirectAttributes redirect) {
    return act(
        "/pasar/kurasi/",
        redirect,
        () ->
            curation.open(
                current.require(),
                new Curation.CurationRoundRequest(title, partnerId, null, passScore)));
  }

  @GetMapping("/pasar/kurasi/{id}")
  String roundPage(@PathVariable long id, Model model) {
    var by = current.require();
    model.addAttribute("roundId", id);
    model.addAttribute("submissions", board.submissions(by, id));
    model.addAttribute("round", curation.view(id));
    model.addAttribute("criteria", curation.criteria(id));
    model.addAttribute("report", board.report(by, id));
    return "catalogue/round";
  }

  @PostMapping("/pasar/kurasi/{id}/tutup")
  String closeRound(@PathVariable long id, RedirectAttributes redirect) {
    return act(
        "/pasar/kurasi/" + id, redirect, () -> curation.close(current.require(), id).id(), false);
  }

  @PostMapping("/pasar/kurasi/{id}/produk")
  String submit(
      @PathVariable long id,
      @RequestParam(required = false) Long productId,
      RedirectAttributes redirect) {
    return act(
        "/pasar/kurasi/" + id,
        redirect,
        () -> curation.submit(current.require(), id, productId == null ? -1 : productId),
        false);
  }

  @PostMapping("/pasar/kurasi/{id}/peserta/{submission}/nilai")
  String score(
      @PathVariable long id,
      @PathVariable long submission,
      @RequestParam Map<String, String> form,
      RedirectAttributes redirect) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    form.forEach(
        (k, v) -> {
          if (k.startsWith("score.") && v != null && !v.isBlank()) {
            try {
              scores.put(k.substring(6), new BigDecimal(v.strip().replace(',', '.')));
            } catch (NumberFormatException e) {
              scores.put(k.substring(6), BigDecimal.valueOf(-1));
            }
          }
        });
    return act(
        "/pasar/kurasi/" + id,
        redirect,
        () -> curation.score(current.require(), submission, scores, form.get("feedback")).id(),
        false);
  }

  @PostMapping("/pasar/kurasi/{id}/peserta/{submission}/gerai")
  String outlet(
      @PathVariable long id,
      @PathVariable long submission,
      @RequestParam(required = false) String outlet,
      @RequestParam(required = false) String city,
      RedirectAttributes redirect) {
    return act(
        "/pasar/kurasi/" + id,
        redirect,
        () -> {
          curation.addOutlet(current.require(), submission, outlet, city, null);
          return submission;
        },
        false);
  }

  @PostMapping("/pasar/galeri")
  String showroom(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String place,
      RedirectAttributes redirect) {
    return act("/pasar/galeri/", redirect, () -> showrooms.create(current.require(), name, place));
  }

  @GetMapping("/pasar/galeri/{id}")
  String showroomPage(@PathVariable long id, Model model) {
    model.addAttribute("showroomId", id);
    model.addAttribute("lines", showrooms.lines(current.require(), id));
    return "catalogue/showroom";
  }

  @PostMapping("/pasar/galeri/{id}/titip")
  String place(
      @PathVariable long id,
      @RequestParam(required = false) Long productId,
      @RequestParam(required = false) Integer quantity,
      @RequestParam(required = false) String unitPrice,
      RedirectAttributes redirect) {
    return act(
        "/pasar/galeri/" + id,
        redirect,
        () ->
            showrooms.place(
                current.require(),
                id,
                productId == null ? -1 : productId,
                quantity,
                money(unitPrice, "unitPrice"),
                null),
        false);
  }

  @PostMapping("/pasar/galeri/{id}/titipan/{consignment}")
  String movement(
      @PathVariable long id,
      @PathVariable long consignment,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Integer quantity,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String on,
      RedirectAttributes redirect) {
    return act(
        "/pasar/galeri/" + id,
        redirect,
        () -> {
          LocalDate date = null;
          if (on != null && !on.isBlank()) {
            try {
              date = LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
              throw new InvalidInputException("on", "training.date.invalid");
            }
          }
          showrooms.record(
              current.require(), consignment, kind, quantity, money(amount, "amount"), date);
          return consignment;
        },
        false);
  }

  private static BigDecimal money(String v, String field) {
    if (v == null || v.isBlank()) {
      return null;
    }
    return Amounts.parse(v)
        .orElseThrow(() -> new InvalidInputException(field, "catalogue.price.invalid", v.strip()));
  }

  /** Runs the action; on success goes to {@code target} (plus the new id when it ends in /). */
  static String act(String target, RedirectAttributes redirect, Supplier<Long> action) {
    return act(target, redirect, action, true);
  }

  static String act(
      String target, RedirectAttributes redirect, Supplier<Long> action, boolean appendId) {
    return PageActions.run(redirect, "market.done", action)
        .map(id -> "redirect:" + (appendId && target.endsWith("/") ? target + id : target))
        .orElse("redirect:" + (target.endsWith("/") ? "/pasar" : target));
  }
}
