package id.naikkelas.export.market;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.export.reference.Countries;
import id.naikkelas.export.reference.Country;
import id.naikkelas.export.reference.OriginRules;
import id.naikkelas.export.shipment.ExportShipmentRecorded;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.BusinessAccess;
import id.naikkelas.registry.OwnerLookup.CatalogueFacts;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An exporter's target markets: added and moved on by the business's owner or an officer of its
 * scope (anyone else finds no such business, 404), and moved on by the ledger when a shipment to
 * the market is recorded. The same country and heading twice while the first is not dropped is
 * refused naming the stored one. Every write is audited.
 */
@Service
public class TargetMarkets {

  static final String ENTITY = "export-target-market";

  private final TargetMarketRepository markets;
  private final MarketChecks checks;
  private final BusinessAccess access;
  private final Countries countries;
  private final OriginRules origins;
  private final AuditTrail audit;
  private final Clock clock;

  TargetMarkets(
      TargetMarketRepository markets,
      MarketChecks checks,
      BusinessAccess access,
      Countries countries,
      OriginRules origins,
      AuditTrail audit,
      Clock clock) {
    this.markets = markets;
    this.checks = checks;
    this.access = access;
    this.countries = countries;
    this.origins = origins;
    this.audit = audit;
    this.clock = clock;
  }

  /** Adds a target market (PROSPECT) to the business. */
  @Transactional
  public TargetMarketView add(Actor by, long businessId, TargetMarketForm form) {
    CatalogueFacts business = access.business(by, businessId);
    TargetMarketForm f = checks.check(form);
    List<TargetMarket> same = markets.findOpen(businessId, f.country(), f.hsHeading());
    if (!same.isEmpty()) {
      throw new ConflictException("country", "export.market.duplicate", same.get(0).id());
    }
    TargetMarket market =
        markets.save(
            new TargetMarket(
                businessId,
                business.villageCode(),
                f.country(),
                f.hsHeading(),
                f.buyerName(),
                f.note(),
                by.username(),
                clock.instant()));
    audit.record(
        AuditAction.CREATE,
        ENTITY,
        market.id(),
        market.villageCode(),
        null,
        market.auditSnapshot());
    return view(market);
  }

  /** The business's target markets, oldest first. */
  @Transactional(readOnly = true)
  public List<TargetMarketView> forExporter(Actor by, long businessId) {
    access.business(by, businessId);
    return markets.findByBusinessIdOrderByIdAsc(businessId).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public TargetMarketView find(Actor by, long id) {
    return view(visible(by, id));
  }

  /** Moves the market on; a drop needs its reason (422 naming {@code reason}). */
  @Transactional
  public TargetMarketView move(Actor by, long id, MarketMove move, String reason) {
    TargetMarket market = visible(by, id);
    Map<String, Object> before = market.auditSnapshot();
    switch (move) {
      case SAMPLE_SENT -> market.sampleSent(by.username(), clock.instant());
      case NEGOTIATING -> market.negotiating(by.username(), clock.instant());
      case FIRST_SHIPMENT -> market.firstShipment(by.username(), clock.instant(), null);
      case REPEAT -> market.repeat(by.username(), clock.instant(), null);
      case DROP -> {
        if (!market.state().moves().contains(MarketMove.DROP)) {
          throw new IllegalMarketTransition(market.state(), move.path());
        }
        market.drop(by.username(), clock.instant(), MarketChecks.reason(reason));
      }
    }
    market = markets.save(market);
    audit.record(
        AuditAction.UPDATE, ENTITY, id, market.villageCode(), before, market.auditSnapshot());
    return view(market);
  }

  /**
   * A shipment entered the ledger: the business's open target market for its country and heading
   * moves to FIRST_SHIPMENT, or from there to REPEAT, as by "system".
   */
  @Transactional
  public void shipped(ExportShipmentRecorded shipment) {
    String hs = shipment.hsCode();
    if (hs == null || hs.length() < 4) {
      return;
    }
    for (TargetMarket market :
        markets.findOpen(
            shipment.businessId(), shipment.destinationCountry(), hs.substring(0, 4))) {
      Map<String, Object> before = market.auditSnapshot();
      if (market.shipped(clock.instant(), shipment.shipmentId())) {
        markets.save(market);
        Map<String, Object> after = market.auditSnapshot();
        after.put("shipmentId", shipment.shipmentId());
        audit.record(AuditAction.UPDATE, ENTITY, market.id(), market.villageCode(), before, after);
      }
    }
  }

  private TargetMarket visible(Actor by, long id) {
    TargetMarket market =
        markets.findById(id).orElseThrow(() -> new NotFoundException("targetMarket", id));
    access.business(by, market.businessId(), "targetMarket", id);
    return market;
  }

  TargetMarketView view(TargetMarket m) {
    return new TargetMarketView(
        m.id(),
        m.businessId(),
        m.countryCode(),
        countries.find(m.countryCode()).map(Country::nameId).orElse(m.countryCode()),
        m.hsHeading(),
        checks.describe(m.hsHeading()),
        m.buyerName(),
        m.note(),
        m.state(),
        m.dropReason(),
        m.updatedAt(),
        m.state().moves().stream().map(MarketMove::path).toList(),
        OriginRequirement.of(origins.forCountry(m.countryCode())),
        m.history());
  }
}
