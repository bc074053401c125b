package id.naikkelas.catalogue.expo.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.expo.Expos;
import id.naikkelas.catalogue.market.web.MarketPageActions;
import id.naikkelas.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers' pages of the virtual expos: create one, and for an expo of the officer's scope (404
 * otherwise) its report and its booths, added and taken down.
 */
@Controller
class ExpoBoardController {

  private final Expos expos;
  private final CurrentActor current;

  ExpoBoardController(Expos expos, CurrentActor current) {
    this.expos = expos;
    this.current = current;
  }

  @PostMapping("/pasar/expo")
  String expo(
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String titleEn,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String descriptionEn,
      @RequestParam(required = false) String startsOn,
      @RequestParam(required = false) String endsOn,
      @RequestParam(required = false) Long curationRoundId,
      RedirectAttributes redirect) {
    return MarketPageActions.act(
        "/pasar/expo/",
        redirect,
        () ->
            expos.create(
                current.require(),
                new Expos.ExpoDraft(
                    title,
                    titleEn,
                    description,
                    descriptionEn,
                    date(startsOn, "startsOn"),
                    date(endsOn, "endsOn"),
                    curationRoundId)));
  }

  /** A date as the form's date input sends it (yyyy-MM-dd); empty is left to the expo's check. */
  private static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "training.date.invalid");
    }
  }

  @GetMapping("/pasar/expo/{id}")
  String expoPage(@PathVariable long id, Model model) {
    // the report first: it answers 404 for an expo outside the officer's scope
    model.addAttribute("report", expos.report(current.require(), id));
    model.addAttribute("expo", expos.expo(id));
    model.addAttribute("booths", expos.booths(id));
    return "catalogue/expo-board";
  }

  @PostMapping("/pasar/expo/{id}/stan")
  String booth(
      @PathVariable long id,
      @RequestParam(required = false) Long businessId,
      RedirectAttributes redirect) {
    return MarketPageActions.act(
        "/pasar/expo/" + id,
        redirect,
        () -> {
          expos.addBooth(current.require(), id, businessId == null ? -1 : businessId);
          return id;
        },
        false);
  }

  @PostMapping("/pasar/expo/{id}/stan/{businessId}/hapus")
  String removeBooth(
      @PathVariable long id, @PathVariable long businessId, RedirectAttributes redirect) {
    return MarketPageActions.act(
        "/pasar/expo/" + id,
        redirect,
        () -> {
          expos.removeBooth(current.require(), id, businessId);
          return id;
        },
        false);
  }
}
