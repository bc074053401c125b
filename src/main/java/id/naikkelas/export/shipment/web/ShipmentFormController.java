package id.naikkelas.export.shipment.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Role;
import id.naikkelas.export.market.ShipmentDraftView;
import id.naikkelas.export.market.ShipmentDrafts;
import id.naikkelas.export.reference.Countries;
import id.naikkelas.export.reference.OriginRules;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.export.shipment.ShipmentSource;
import id.naikkelas.export.shipment.ShipmentView;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.registry.OwnerLookup;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a shipment in the browser: an owner picks one of their businesses, an officer gives the
 * business's number. Every problem comes back beside its field, with the summary on top and what
 * was typed kept; a shipment already in the ledger is named with a link to it.
 */
@Controller
class ShipmentFormController {

  static final String VIEW = "export/shipment-form";

  private final ExportShipments shipments;
  private final Countries countries;
  private final OriginRules origins;
  private final OwnerLookup owners;
  private final ShipmentDrafts drafts;
  private final CurrentActor current;

  ShipmentFormController(
      ExportShipments shipments,
      Countries countries,
      OriginRules origins,
      OwnerLookup owners,
      ShipmentDrafts drafts,
      CurrentActor current) {
    this.shipments = shipments;
    this.countries = countries;
    this.origins = origins;
    this.owners = owners;
    this.drafts = drafts;
    this.current = current;
  }

  /** The empty form; from a shipment draft (a catalogue deal abroad), filled in with it. */
  @GetMapping("/export/shipments/new")
  String form(
      @RequestParam(required = false) Long businessId,
      @RequestParam(required = false) Long draft,
      Model model) {
    Actor by = current.require();
    ShipmentPageForm form = new ShipmentPageForm();
    if (businessId != null) {
      form.setBusinessId(businessId.toString());
    }
    if (draft != null) {
      ShipmentDraftView d = drafts.find(by, draft);
      form.setBusinessId(Long.toString(d.businessId()));
      form.setDestinationCountry(d.country());
      form.setBuyerName(d.buyerName());
      form.setCommodity(d.commodity());
      form.setValue(d.value() == null ? null : d.value().stripTrailingZeros().toPlainString());
      form.setCurrency(d.currency());
      model.addAttribute("draftId", d.id());
    }
    return show(by, form, model);
  }

  @PostMapping("/export/shipments")
  String record(
      @ModelAttribute("form") ShipmentPageForm form,
      BindingResult binding,
      @RequestParam(required = false) Long draft,
      Model model,
      RedirectAttributes redirect) {
    Actor by = current.require();
    model.addAttribute("draftId", draft);
    try {
      ShipmentView saved = shipments.record(by, form.toForm(), ShipmentSource.OFFICER);
      if (draft != null) {
        useDraft(by, draft, saved);
      }
      redirect.addFlashAttribute("done", "export.page.recorded");
      return "redirect:/export/shipments/" + saved.id();
    } catch (ConflictException e) {
      Object[] args = e.problems().get(0).args();
      model.addAttribute("duplicateOf", args.length > 0 ? args[0] : null);
      FormErrors.reject(binding, e);
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
    } catch (NotFoundException e) {
      binding.rejectValue("businessId", "export.page.business.unknown");
    }
    return show(by, form, model);
  }

  /**
   * The draft is marked used by a shipment of its own business; one already used or gone, or a
   * shipment recorded for another business, leaves the draft and the recorded shipment as they are.
   */
  private void useDraft(Actor by, long draft, ShipmentView shipment) {
    try {
      if (drafts.find(by, draft).businessId() == shipment.businessId()) {
        drafts.use(by, draft, shipment.id());
      }
    } catch (IllegalTransitionException | NotFoundException e) {
      // the shipment is what counts; the draft was dismissed or used in another tab
    }
  }

  private String show(Actor by, ShipmentPageForm form, Model model) {
    boolean owner = by.role() == Role.OWNER;
    if (!owner) {
      by.officerScope();
    }
    model.addAttribute("form", form);
    model.addAttribute("owner", owner);
    model.addAttribute("own", owner ? ownBusinesses(by) : List.of());
    model.addAttribute("countries", countries.all());
    model.addAttribute("origins", origins.all());
    return VIEW;
  }

  private List<OwnBusiness> ownBusinesses(Actor by) {
    return owners.businessesOfAccount(by.id()).stream()
        .flatMap(id -> owners.catalogueFacts(id).stream())
        .map(f -> new OwnBusiness(f.businessId(), f.name()))
        .toList();
  }

  /** A business an owner may record for. */
  record OwnBusiness(long id, String name) {}
}
