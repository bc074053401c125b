package id.naikkelas.catalogue.market.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.curation.CurationBoard;
import id.naikkelas.catalogue.expo.Expos;
import id.naikkelas.catalogue.market.MarketPartners;
import id.naikkelas.catalogue.showroom.Showrooms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers' pages for market access: the overview and partners (curation: CurationPageController,
 * showrooms: ShowroomPageController, expos: ExpoBoardController, in their sub-packages).
 */
@Controller
class MarketPageController {

  private final MarketPartners partners;
  private final CurationBoard board;
  private final Showrooms showrooms;
  private final Expos expos;
  private final CurrentActor current;

  MarketPageController(
      MarketPartners partners,
      CurationBoard board,
      Showrooms showrooms,
      Expos expos,
      CurrentActor current) {
    this.partners = partners;
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
    return MarketPageActions.act(
        "/pasar", redirect, () -> partners.create(current.require(), name, kind, website));
  }

  @PostMapping("/pasar/mitra/{id}/usaha")
  String onboard(
      @PathVariable long id,
      @RequestParam(required = false) Long businessId,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return MarketPageActions.act(
        "/pasar",
        redirect,
        () -> {
          partners.onboard(current.require(), id, businessId == null ? -1 : businessId, null, note);
          return id;
        });
  }
}
