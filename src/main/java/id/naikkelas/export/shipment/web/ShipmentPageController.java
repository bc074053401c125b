package id.naikkelas.export.shipment.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Role;
import id.naikkelas.export.reference.Countries;
import id.naikkelas.export.reference.OriginRules;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.export.shipment.ShipmentFilter;
import id.naikkelas.export.shipment.ShipmentView;
import id.naikkelas.export.shipment.SizeGroup;
import id.naikkelas.platform.web.PageActions;
import id.naikkelas.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The export ledger's pages: the shipments of an officer's scope (an owner's: of their own
 * businesses) filtered as the regency totals break them down, one shipment with the certificate of
 * origin its destination calls for, and the officer's verification.
 */
@Controller
class ShipmentPageController {

  static final int PAGE_SIZE = 25;

  private final ExportShipments shipments;
  private final Countries countries;
  private final OriginRules origins;
  private final CurrentActor current;

  ShipmentPageController(
      ExportShipments shipments, Countries countries, OriginRules origins, CurrentActor current) {
    this.shipments = shipments;
    this.countries = countries;
    this.origins = origins;
    this.current = current;
  }

  @GetMapping("/export/shipments")
  String list(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String hsCode,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) SizeGroup sizeGroup,
      @RequestParam(defaultValue = "false") boolean verifiedOnly,
      @RequestParam(required = false) Long businessId,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    Actor by = current.require();
    ShipmentFilter filter =
        new ShipmentFilter(
            year,
            clip(hsCode, 8),
            clip(country, 2),
            clip(region, 13),
            sizeGroup,
            verifiedOnly,
            businessId);
    Page<ShipmentView> found =
        shipments.list(by, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("filter", filter);
    model.addAttribute("shipments", found);
    model.addAttribute("pages", PageLinks.of(found, request));
    model.addAttribute("countries", countries.all());
    model.addAttribute("sizeGroups", SizeGroup.values());
    model.addAttribute("officer", by.role() == Role.OFFICER || by.role() == Role.ADMIN);
    return "export/shipments";
  }

  @GetMapping("/export/shipments/{id}")
  String detail(@PathVariable long id, Model model) {
    Actor by = current.require();
    ShipmentView s = shipments.find(by, id);
    model.addAttribute("s", s);
    model.addAttribute("country", countries.find(s.destinationCountry()).orElse(null));
    model.addAttribute("origin", origins.forCountry(s.destinationCountry()));
    model.addAttribute("officer", by.role() == Role.OFFICER || by.role() == Role.ADMIN);
    return "export/shipment";
  }

  @PostMapping("/export/shipments/{id}/verify")
  String verify(@PathVariable long id, RedirectAttributes redirect) {
    Actor by = current.require();
    PageActions.run(redirect, "export.page.verified", () -> shipments.verify(by, id));
    return "redirect:/export/shipments/" + id;
  }

  /** A filter value too long for its column reads as no filter rather than an error page. */
  private static String clip(String value, int max) {
    return value == null || value.isBlank() || value.length() > max ? null : value.strip();
  }
}
