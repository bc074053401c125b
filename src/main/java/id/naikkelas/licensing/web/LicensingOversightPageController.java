package id.naikkelas.licensing.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.licensing.LicenceKind;
import id.naikkelas.licensing.LicensingExpiry;
import id.naikkelas.licensing.LicensingProgrammes;
import id.naikkelas.licensing.LicensingReport;
import id.naikkelas.licensing.ProgrammeRequest;
import id.naikkelas.platform.web.PageActions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers' licensing oversight pages: programmes and quotas, permits ending, the year's report.
 */
@Controller
class LicensingOversightPageController {

  private final LicensingProgrammes programmes;
  private final LicensingExpiry expiry;
  private final LicensingReport report;
  private final CurrentActor current;
  private final Clock clock;

  LicensingOversightPageController(
      LicensingProgrammes programmes,
      LicensingExpiry expiry,
      LicensingReport report,
      CurrentActor current,
      Clock clock) {
    this.programmes = programmes;
    this.expiry = expiry;
    this.report = report;
    this.current = current;
    this.clock = clock;
  }

  @GetMapping("/perizinan/program")
  String programmes(Model model) {
    model.addAttribute("programmes", programmes.list(current.require()));
    model.addAttribute("kinds", LicenceKind.values());
    model.addAttribute("year", today().getYear());
    return "licensing/programmes";
  }

  @PostMapping("/perizinan/program")
  String open(@ModelAttribute ProgrammeRequest form, RedirectAttributes redirect) {
    PageActions.run(
        redirect, "licensing.programme.opened", () -> programmes.open(current.require(), form));
    return "redirect:/perizinan/program";
  }

  @GetMapping("/perizinan/kedaluwarsa")
  String expiring(@RequestParam(defaultValue = "6") int months, Model model) {
    int within = Math.min(Math.max(months, 1), 120);
    model.addAttribute("months", within);
    model.addAttribute("permits", expiry.expiring(current.require(), Period.ofMonths(within)));
    return "licensing/expiring";
  }

  @GetMapping("/perizinan/laporan")
  String report(@RequestParam(required = false) Integer year, Model model) {
    int y = year == null || year < 2000 || year > 2100 ? today().getYear() : year;
    model.addAttribute("year", y);
    model.addAttribute("lines", report.of(current.require(), y));
    return "licensing/report";
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
  }
}
