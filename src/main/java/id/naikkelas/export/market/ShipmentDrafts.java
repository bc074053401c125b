package id.naikkelas.export.market;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.catalogue.inquiry.InquiryDealRecorded;
import id.naikkelas.export.reference.Countries;
import id.naikkelas.export.reference.Country;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.BusinessAccess;
import id.naikkelas.registry.OwnerLookup;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipment drafts: a catalogue deal with a buyer abroad becomes a draft the exporter (or an officer
 * of its scope) records as a shipment, or dismisses. A deal at home (ID) or from an unknown country
 * makes none; one deal makes one draft, however often its event comes. Every write is audited.
 */
@Service
public class ShipmentDrafts {

  static final String ENTITY = "export-shipment-draft";
  static final int MAX_COMMODITY = 200;
  static final int MAX_BUYER = 200;

  private final ShipmentDraftRepository drafts;
  private final BusinessAccess access;
  private final OwnerLookup owners;
  private final Countries countries;
  private final AuditTrail audit;
  private final Clock clock;

  ShipmentDrafts(
      ShipmentDraftRepository drafts,
      BusinessAccess access,
      OwnerLookup owners,
      Countries countries,
      AuditTrail audit,
      Clock clock) {
    this.drafts = drafts;
    this.access = access;
    this.owners = owners;
    this.countries = countries;
    this.audit = audit;
    this.clock = clock;
  }

  /** The business's open drafts, newest first. */
  @Transactional(readOnly = true)
  public List<ShipmentDraftView> forExporter(Actor by, long businessId) {
    access.business(by, businessId);
    return drafts.findByBusinessIdAndStateOrderByIdDesc(businessId, DraftState.OPEN).stream()
        .map(this::view)
        .toList();
  }

  /** One draft, with the fields the record-shipment form is prefilled with. */
  @Transactional(readOnly = true)
  public ShipmentDraftView find(Actor by, long id) {
    return view(visible(by, id));
  }

  /** OPEN → DISMISSED: the deal will not be recorded as a shipment. */
  @Transactional
  public ShipmentDraftView dismiss(Actor by, long id) {
    ShipmentDraft draft = visible(by, id);
    Map<String, Object> before = draft.auditSnapshot();
    draft.dismiss(by.username(), clock.instant());
    return saved(draft, before);
  }

  /** OPEN → USED: the shipment recorded from the draft. */
  @Transactional
  public ShipmentDraftView use(Actor by, long id, long shipmentId) {
    ShipmentDraft draft = visible(by, id);
    Map<String, Object> before = draft.auditSnapshot();
    draft.use(by.username(), clock.instant(), shipmentId);
    return saved(draft, before);
  }

  /** A catalogue deal: a draft when the buyer is abroad and the deal has no draft yet. */
  @Transactional
  public void dealRecorded(InquiryDealRecorded deal) {
    String country =
        deal.buyerCountry() == null ? null : deal.buyerCountry().strip().toUpperCase(Locale.ROOT);
    if (country == null
        || "ID".equals(country)
        || !countries.known(country)
        || deal.dealValue() == null
        || drafts.existsByInquiryId(deal.inquiryId())) {
      return;
    }
    String village =
        owners.catalogueFacts(deal.businessId()).map(f -> f.villageCode()).orElse(null);
    if (village == null) {
      return;
    }
    ShipmentDraft draft =
        drafts.save(
            new ShipmentDraft(
                deal.businessId(),
                village,
                deal.inquiryId(),
                country,
                cut(deal.buyerOrganisation(), MAX_BUYER),
                deal.productId(),
                cut(deal.productName(), MAX_COMMODITY),
                deal.dealValue(),
                deal.dealCurrency() == null ? "IDR" : deal.dealCurrency(),
                clock.instant()));
    audit.record(AuditAction.CREATE, ENTITY, draft.id(), village, null, draft.auditSnapshot());
  }

  private ShipmentDraftView saved(ShipmentDraft draft, Map<String, Object> before) {
    draft = drafts.save(draft);
    audit.record(
        AuditAction.UPDATE, ENTITY, draft.id(), draft.villageCode(), before, draft.auditSnapshot());
    return view(draft);
  }

  private ShipmentDraft visible(Actor by, long id) {
    ShipmentDraft draft =
        drafts.findById(id).orElseThrow(() -> new NotFoundException("shipmentDraft", id));
    access.business(by, draft.businessId(), "shipmentDraft", id);
    return draft;
  }

  private ShipmentDraftView view(ShipmentDraft d) {
    return d.view(countries.find(d.countryCode()).map(Country::nameId).orElse(d.countryCode()));
  }

  private static String cut(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }
}
