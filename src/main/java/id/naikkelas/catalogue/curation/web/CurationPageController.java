package id.naikkelas.catalogue.curation.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.curation.Curation;
import id.naikkelas.catalogue.curation.CurationBoard;
import id.naikkelas.catalogue.market.web.MarketPageActions;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers' pages for curation rounds: open, close, enter, score, outlets. */
@Controller
class CurationPageController {

  private final Curation curation;
  private final CurationBoard board;
  private final CurrentActor current;

  CurationPageController(Curation curation, CurationBoard board, CurrentActor current) {
    this.curation = curation;
    this.board = board;
    this.current = current;
  }

  @PostMapping("/pasar/kurasi")
  String round(
      @RequestParam(required = false) String title,
      @RequestParam(required = false) Long partnerId,
      @RequestParam(required = false) BigDecimal passScore,
      RedirectAttributes redirect) {
    return MarketPageActions.act(
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
    return MarketPageActions.act(
        "/pasar/kurasi/" + id, redirect, () -> curation.close(current.require(), id).id(), false);
  }

  @PostMapping("/pasar/kurasi/{id}/produk")
  String submit(
      @PathVariable long id,
      @RequestParam(required = false) Long productId,
      RedirectAttributes redirect) {
    return MarketPageActions.act(
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
    return MarketPageActions.act(
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
    return MarketPageActions.act(
        "/pasar/kurasi/" + id,
        redirect,
        () -> {
          curation.addOutlet(current.require(), submission, outlet, city, null);
          return submission;
        },
        false);
  }
}
