package id.naikkelas.export.shipment.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Role;
import id.naikkelas.export.shipment.ExportFigures;
import id.naikkelas.export.shipment.ExportFigures.TotalsQuery;
import id.naikkelas.export.shipment.ExportSummary;
import id.naikkelas.export.shipment.TotalsBy;
import id.naikkelas.platform.InvalidInputException;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regency's export figures for everyone: a year's totals by commodity, country, district or
 * size, all shipments beside the verified ones, exporters and the change on the year before. The
 * public sees them with small cells withheld; an officer sees their scope in full, and each line
 * opens the shipments behind it.
 */
@Controller
class ExportTotalsPageController {

  private final ExportFigures figures;
  private final CurrentActor current;

  ExportTotalsPageController(ExportFigures figures, CurrentActor current) {
    this.figures = figures;
    this.current = current;
  }

  @GetMapping("/ekspor")
  String totals(
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "COMMODITY") TotalsBy by,
      @RequestParam(required = false) String hsCode,
      @RequestParam(required = false) String region,
      @RequestParam(defaultValue = "false") boolean verifiedOnly,
      Model model) {
    Optional<Actor> caller = current.get();
    int thisYear = figures.thisYear();
    ExportSummary summary;
    try {
      summary =
          figures.summary(
              caller,
              new TotalsQuery(
                  year == null ? figures.defaultYear() : year,
                  by,
                  clip(hsCode),
                  clip(region),
                  verifiedOnly));
    } catch (InvalidInputException e) {
      model.addAttribute("refusedProblem", e.problems().get(0));
      summary = figures.summary(caller, new TotalsQuery(thisYear, by, null, null, verifiedOnly));
    }
    boolean officer =
        caller.filter(a -> a.role() == Role.OFFICER || a.role() == Role.ADMIN).isPresent();
    model.addAttribute("summary", summary);
    model.addAttribute("region", clip(region));
    model.addAttribute("officer", officer);
    model.addAttribute(
        "recorder", officer || caller.filter(a -> a.role() == Role.OWNER).isPresent());
    model.addAttribute("groupings", TotalsBy.values());
    model.addAttribute(
        "years",
        IntStream.rangeClosed(thisYear - 10, thisYear)
            .map(y -> thisYear * 2 - 10 - y)
            .boxed()
            .toList());
    return "export/totals";
  }

  private static String clip(String value) {
    return value == null || value.isBlank() || value.length() > 13 ? null : value.strip();
  }
}
