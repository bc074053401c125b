package id.naikkelas.export.shipment;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.OwnerLookup.CatalogueFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The export ledger: an exporter (the business's owner) or an officer of its scope records a
 * shipment; an officer verifies it. A shipment already in the ledger (same business, date, goods,
 * country and value) is refused with the id of the one stored. Every write is audited.
 */
@Service
public class ExportShipments {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final String ENTITY = "export-shipment";

  private final ExportShipmentRepository shipments;
  private final ShipmentChecks checks;
  private final ShipmentAccess access;
  private final ShipmentQueries queries;
  private final AuditTrail audit;
  private final Clock clock;

  ExportShipments(
      ExportShipmentRepository shipments,
      ShipmentChecks checks,
      ShipmentAccess access,
      ShipmentQueries queries,
      AuditTrail audit,
      Clock clock) {
    this.shipments = shipments;
    this.checks = checks;
    this.access = access;
    this.queries = queries;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records a shipment: by its owner (source OWNER) or an officer (OFFICER, or IMPORT when the
   * yearly spreadsheet brings it).
   */
  @Transactional
  public ShipmentView record(Actor by, ShipmentForm form, ShipmentSource source) {
    CheckedShipment s = checks.check(form, LocalDate.now(clock.withZone(WIB)));
    CatalogueFacts business = access.business(by, s.businessId());
    ShipmentSource actual = by.role() == Role.OWNER ? ShipmentSource.OWNER : officerSource(source);
    List<Long> same =
        shipments.findSame(
            s.businessId(),
            s.hsCode(),
            s.destinationCountry(),
            s.value(),
            s.currency(),
            (short) s.year(),
            s.month() == null ? null : s.month().shortValue(),
            s.shippedOn());
    if (!same.isEmpty()) {
      throw new ConflictException("value", "export.shipment.duplicate", same.get(0));
    }
    ExportShipment shipment =
        new ExportShipment(
            s,
            new Exporter(business.name(), access.sizeClass(s.businessId()), business.villageCode()),
            actual,
            by.username(),
            clock.instant());
    shipment = shipments.save(shipment);
    audit.record(
        AuditAction.CREATE,
        ENTITY,
        shipment.id(),
        shipment.villageCode(),
        null,
        shipment.auditSnapshot());
    return shipment.view();
  }

  /** An officer of the shipment's scope confirms it against its papers (PEB, invoice). */
  @Transactional
  public ShipmentView verify(Actor by, long id) {
    by.officerScope();
    ExportShipment shipment = inScope(by, id);
    Map<String, Object> before = shipment.auditSnapshot();
    shipment.verify(by.username(), clock.instant());
    shipment = shipments.save(shipment);
    audit.record(
        AuditAction.UPDATE, ENTITY, id, shipment.villageCode(), before, shipment.auditSnapshot());
    return shipment.view();
  }

  @Transactional(readOnly = true)
  public ShipmentView find(Actor by, long id) {
    ExportShipment shipment = shipments.findById(id).orElseThrow(() -> notFound(id));
    try {
      access.business(by, shipment.businessId());
    } catch (NotFoundException e) {
      throw notFound(id);
    }
    if (by.role() != Role.OWNER && !by.covers(shipment.villageCode())) {
      throw notFound(id);
    }
    return shipment.view();
  }

  /** Shipments of the officer's scope (owners: of their own businesses), newest first. */
  @Transactional(readOnly = true)
  public Page<ShipmentView> list(Actor by, ShipmentFilter filter, Pageable pageable) {
    return queries.list(by, filter, pageable);
  }

  private ExportShipment inScope(Actor by, long id) {
    ExportShipment shipment = shipments.findById(id).orElseThrow(() -> notFound(id));
    if (!by.covers(shipment.villageCode())) {
      throw notFound(id);
    }
    return shipment;
  }

  private static ShipmentSource officerSource(ShipmentSource asked) {
    return asked == ShipmentSource.IMPORT ? ShipmentSource.IMPORT : ShipmentSource.OFFICER;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("exportShipment", id);
  }
}
