package id.naikkelas.export.market.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.market.MarketMove;
import id.naikkelas.export.market.ShipmentDrafts;
import id.naikkelas.export.market.TargetMarketForm;
import id.naikkelas.export.market.TargetMarkets;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the exporter page's markets section: add a target market, move one on, dismiss a
 * shipment draft. Each goes back to the section, with the problems (naming their fields) as flash
 * attributes {@code marketProblems} when refused, or {@code marketSaved} when done.
 */
@Controller
class TargetMarketPageController {

  private final TargetMarkets markets;
  private final ShipmentDrafts drafts;
  private final CurrentActor current;

  TargetMarketPageController(TargetMarkets markets, ShipmentDrafts drafts, CurrentActor current) {
    this.markets = markets;
    this.drafts = drafts;
    this.current = current;
  }

  @PostMapping("/export/exporters/{businessId}/target-markets")
  String add(
      @PathVariable long businessId,
      @RequestParam(defaultValue = "") String country,
      @RequestParam(defaultValue = "") String hsHeading,
      @RequestParam(defaultValue = "") String buyerName,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes redirect) {
    try {
      markets.add(
          current.require(), businessId, new TargetMarketForm(country, hsHeading, buyerName, note));
      redirect.addFlashAttribute("marketSaved", "export.market.page.added");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("marketProblems", e.problems());
    }
    return back(businessId);
  }

  @PostMapping("/export/target-markets/{id}/{move}")
  String move(
      @PathVariable long id,
      @PathVariable String move,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes redirect) {
    MarketMove m = MarketMove.ofPath(move).orElseThrow(() -> new NotFoundException("move", move));
    long businessId = markets.find(current.require(), id).businessId();
    try {
      markets.move(current.require(), id, m, reason);
      redirect.addFlashAttribute("marketSaved", "export.market.page.moved");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("marketProblems", e.problems());
    }
    return back(businessId);
  }

  @PostMapping("/export/shipment-drafts/{id}/dismiss")
  String dismiss(@PathVariable long id, RedirectAttributes redirect) {
    long businessId = drafts.find(current.require(), id).businessId();
    try {
      drafts.dismiss(current.require(), id);
      redirect.addFlashAttribute("marketSaved", "export.market.page.dismissed");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("marketProblems", e.problems());
    }
    return back(businessId);
  }

  private static String back(long businessId) {
    return "redirect:/export/exporters/" + businessId + "#pasar";
  }
}
