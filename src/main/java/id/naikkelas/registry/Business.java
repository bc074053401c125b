package id.naikkelas.registry;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A business in the registry. Its status moves DRAFT → VERIFIED → INACTIVE only through {@link
 * #verify} and {@link #deactivate}, which check the current state and register an event.
 */
@Entity
@Table(name = "business")
class Business extends AbstractAggregateRoot<Business> {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long ownerId;
  private String name;
  private String nameKey;
  private String nib;
  private short kbliVersion;
  private String[] kbliCodes;

  @Embedded private BusinessSize size = new BusinessSize();
  private Integer employees;
  private Short yearFounded;
  private String villageCode;
  private String address;
  // never loaded as null: its columns are not null
  @Embedded private BusinessMarkets markets = new BusinessMarkets();
  @Embedded private BusinessLegality legality = new BusinessLegality();
  private Instant whatsappConsentAt;

  @Enumerated(EnumType.STRING)
  private BusinessStatus status = BusinessStatus.DRAFT;

  @Enumerated(EnumType.STRING)
  private BusinessSource source;

  private String sourceRef;
  private boolean demo;
  private Long mergedInto;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected Business() {}

  Business(long ownerId, BusinessSource source, String sourceRef, Instant now) {
    this.ownerId = ownerId;
    this.source = source;
    this.sourceRef = sourceRef;
    this.createdAt = now;
  }

  void update(CheckedDraft draft, Instant now) {
    this.name = draft.businessName();
    this.nameKey = draft.nameKey();
    this.nib = draft.nib();
    this.kbliVersion = (short) draft.kbliVersion();
    this.kbliCodes = draft.kbliCodes().toArray(String[]::new);
    this.size = new BusinessSize(draft.capital(), draft.annualSales());
    this.employees = draft.employees();
    this.yearFounded = draft.yearFounded() == null ? null : draft.yearFounded().shortValue();
    this.villageCode = draft.villageCode();
    this.address = draft.address();
    this.markets = new BusinessMarkets(draft);
    legality().update(draft);
    if (draft.whatsappConsent() && whatsappConsentAt == null) {
      this.whatsappConsentAt = now;
    } else if (!draft.whatsappConsent()) {
      this.whatsappConsentAt = null;
    }
    changed(now);
  }

  void verify(String by, Instant now) {
    if (status != BusinessStatus.DRAFT) {
      throw new IllegalBusinessTransition(status, BusinessStatus.VERIFIED);
    }
    status = BusinessStatus.VERIFIED;
    updatedAt = now;
    registerEvent(new BusinessVerified(id, villageCode, by));
  }

  void deactivate(String by, Instant now) {
    if (status == BusinessStatus.INACTIVE) {
      throw new IllegalBusinessTransition(status, BusinessStatus.INACTIVE);
    }
    status = BusinessStatus.INACTIVE;
    updatedAt = now;
    registerEvent(new BusinessDeactivated(id, villageCode, by));
  }

  /**
   * This record is the same business as {@code kept}: it becomes INACTIVE and points there. What
   * the kept record lacks (NIB, legality numbers) it takes over first, via {@link #absorb}.
   */
  void mergeInto(Business kept, String by, Instant now) {
    if (status == BusinessStatus.INACTIVE || kept.id.equals(id)) {
      throw new IllegalBusinessTransition(status, BusinessStatus.INACTIVE);
    }
    status = BusinessStatus.INACTIVE;
    mergedInto = kept.id;
    updatedAt = now;
    registerEvent(new BusinessDeactivated(id, villageCode, by));
  }

  boolean hasNib() {
    return nib != null;
  }

  /** Gives up the NIB (it is unique) so that the record it merges into can take it. */
  String releaseNib() {
    String released = nib;
    nib = null;
    return released;
  }

  /** Takes over what the merged record knew and this one does not, its released NIB included. */
  void absorb(Business merged, String releasedNib, Instant now) {
    if (nib == null) {
      nib = releasedNib;
    }
    legality().absorb(merged.legality());
    markets.absorb(merged.markets);
    // the catalogue's copy takes the badges the kept record now has
    changed(now);
  }

  /** An issued permit: a NIB is the business's own, the rest go to its legality numbers. */
  void recordPermit(PermitIssued permit, Instant now) {
    if (permit.kind() == PermitKind.NIB) {
      nib = permit.number();
    }
    legality().record(permit);
    changed(now);
  }

  /** The record's fields changed: other modules' copies follow ({@link BusinessChanged}). */
  private void changed(Instant now) {
    updatedAt = now;
    if (id != null) {
      registerEvent(new BusinessChanged(id, villageCode));
    }
  }

  void markDemo() {
    this.demo = true;
  }

  Map<String, Object> auditSnapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("ownerId", ownerId);
    values.put("nib", nib);
    values.put("kbli", kbliVersion + ":" + String.join(",", kbliCodes));
    size().putInto(values);
    values.put("employees", employees);
    values.put("yearFounded", yearFounded);
    values.put("villageCode", villageCode);
    values.put("address", address);
    markets.putInto(values);
    legality().putInto(values);
    values.put("whatsappConsent", whatsappConsentAt != null);
    values.put("status", status.name());
    return values;
  }

  BusinessDetail detail(Owner owner) {
    return new BusinessDetail(
        id,
        name,
        status,
        source,
        nib,
        kbliVersion,
        Arrays.asList(kbliCodes),
        size().sizeClass(),
        size().sizeCriterion(),
        size().capital(),
        size().annualSales(),
        employees,
        yearFounded == null ? null : yearFounded.intValue(),
        villageCode,
        address,
        markets.onlineChannels(),
        markets.sellsOnline(),
        markets.ikm(),
        markets.exporter(),
        legality().pirtNumber(),
        legality().halalNumber(),
        legality().trademarkNumber(),
        whatsappConsentAt,
        demo,
        OwnerDetail.of(owner),
        createdAt,
        updatedAt);
  }

  /** Hibernate loads an embeddable whose columns are all null as null: then there are none. */
  private BusinessSize size() {
    if (size == null) {
      size = new BusinessSize();
    }
    return size;
  }

  private BusinessLegality legality() {
    if (legality == null) {
      legality = new BusinessLegality();
    }
    return legality;
  }

  Long id() {
    return id;
  }

  Long ownerId() {
    return ownerId;
  }

  String villageCode() {
    return villageCode;
  }

  BusinessStatus status() {
    return status;
  }
}
