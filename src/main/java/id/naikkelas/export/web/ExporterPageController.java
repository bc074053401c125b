package id.naikkelas.export.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Role;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.export.shipment.ShipmentFilter;
import id.naikkelas.export.shipment.ShipmentView;
import id.naikkelas.region.Region;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.BusinessAccess;
import id.naikkelas.registry.OwnerLookup.CatalogueFacts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One exporter's page, for its owner and the officers of its scope: its latest shipments, the
 * monitoring visits with their follow-up actions, its target markets, where the regency's other
 * exporters of its goods ship, and shipments proposed by deals from abroad.
 */
@Controller
class ExporterPageController {

  static final int LATEST = 10;

  private final BusinessAccess access;
  private final ExportShipments shipments;
  private final Regions regions;
  private final CurrentActor current;

  ExporterPageController(
      BusinessAccess access, ExportShipments shipments, Regions regions, CurrentActor current) {
    this.access = access;
    this.shipments = shipments;
    this.regions = regions;
    this.current = current;
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
    model.addAttribute("officer", by.role() == Role.OFFICER || by.role() == Role.ADMIN);
    return "export/exporter";
  }
}
