package id.naikkelas.catalogue.showroom.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.market.web.MarketPageActions;
import id.naikkelas.catalogue.showroom.Showrooms;
import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers' pages for showrooms: add, place stock, record movements. */
@Controller
class ShowroomPageController {

  private final Showrooms showrooms;
  private final CurrentActor current;

  ShowroomPageController(Showrooms showrooms, CurrentActor current) {
    this.showrooms = showrooms;
    this.current = current;
  }

  @PostMapping("/pasar/galeri")
  String showroom(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String place,
      RedirectAttributes redirect) {
    return MarketPageActions.act(
        "/pasar/galeri/", redirect, () -> showrooms.create(current.require(), name, place));
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
    return MarketPageActions.act(
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
    return MarketPageActions.act(
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
}
