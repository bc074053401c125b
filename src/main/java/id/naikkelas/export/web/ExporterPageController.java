package id.naikkelas.export.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Role;
import id.naikkelas.export.monitoring.ExporterVisits;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.export.shipment.ExporterDirectory;
import id.naikkelas.export.shipment.ExporterDirectory.ExporterRow;
import id.naikkelas.export.shipment.ShipmentFilter;
import id.naikkelas.export.shipment.ShipmentView;
import id.naikkelas.platform.web.PageLinks;
import id.naikkelas.region.Region;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.BusinessAccess;
import id.naikkelas.registry.OwnerLookup.CatalogueFacts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One exporter's page, for its owner and the officers of its scope: its latest shipments, the
 * monitoring visits with their follow-up actions, its target markets, where the regency's other
 * exporters of its goods ship, and shipments proposed by deals from abroad.
 */
@Controller
class ExporterPageController {

  static final int LATEST = 10;
  static final int PAGE_SIZE = 25;

  private final BusinessAccess access;
  private final ExportShipments shipments;
  private final ExporterDirectory directory;
  private final ExporterVisits visits;
  private final ExporterMarkets markets;
  private final Regions regions;
  private final CurrentActor current;

  ExporterPageController(
      BusinessAccess access,
      ExportShipments shipments,
      ExporterDirectory directory,
      ExporterVisits visits,
      ExporterMarkets markets,
      Regions regions,
      CurrentActor current) {
    this.access = access;
    this.shipments = shipments;
    this.directory = directory;
    this.visits = visits;
    this.markets = markets;
    this.regions = regions;
    this.current = current;
  }

  /** The exporters of the officer's scope, searchable by name. */
  @GetMapping("/export/exporters")
  String exporters(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    Actor by = current.require();
    String query = q == null || q.length() > 160 ? null : q;
    Page<ExporterRow> rows =
        directory.list(by, query, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("q", query);
    model.addAttribute("exporters", rows);
    model.addAttribute("pages", PageLinks.of(rows, request));
    return "export/exporters";
  }

  @GetMapping("/export/exporters/{businessId}")
  String exporter(@PathVariable long businessId, Model model) {
    Actor by = current.require();
    CatalogueFacts business = access.business(by, businessId);
    ShipmentFilter own = new ShipmentFilter(null, null, null, null, null, false, businessId);
    Page<ShipmentView> latest = shipments.list(by, own, PageRequest.of(0, LATEST));
    model.addAttribute("business", business);
    model.addAttribute(
        "village", regions.find(business.villageCode()).map(Region::name).orElse(""));
    model.addAttribute("shipments", latest);
    model.addAttribute("visits", visits.history(by, businessId));
    markets.addTo(model, by, businessId);
    model.addAttribute("officer", by.role() == Role.OFFICER || by.role() == Role.ADMIN);
    return "export/exporter";
  }
}
