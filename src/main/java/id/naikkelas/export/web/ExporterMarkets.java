package id.naikkelas.export.web;

import id.naikkelas.access.Actor;
import id.naikkelas.export.market.MarketSuggestions;
import id.naikkelas.export.market.ShipmentDrafts;
import id.naikkelas.export.market.TargetMarkets;
import id.naikkelas.export.reference.Countries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The market sections of an exporter's page: target markets, suggestions, shipment drafts. */
@Component
class ExporterMarkets {

  private final TargetMarkets targets;
  private final MarketSuggestions suggestions;
  private final ShipmentDrafts drafts;
  private final Countries countries;

  ExporterMarkets(
      TargetMarkets targets,
      MarketSuggestions suggestions,
      ShipmentDrafts drafts,
      Countries countries) {
    this.targets = targets;
    this.suggestions = suggestions;
    this.drafts = drafts;
    this.countries = countries;
  }

  void addTo(Model model, Actor by, long businessId) {
    model.addAttribute("markets", targets.forExporter(by, businessId));
    model.addAttribute("suggestions", suggestions.forExporter(by, businessId));
    model.addAttribute("drafts", drafts.forExporter(by, businessId));
    model.addAttribute("countries", countries.all());
  }
}
