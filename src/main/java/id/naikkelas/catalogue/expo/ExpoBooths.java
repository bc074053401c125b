package id.naikkelas.catalogue.expo;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.catalogue.ProductStatus;
import id.naikkelas.catalogue.ProductView;
import id.naikkelas.catalogue.Products;
import id.naikkelas.catalogue.curation.CurationSubmissionState;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.registry.BusinessStatus;
import id.naikkelas.registry.OwnerLookup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booths of an expo and who may change them. An expo belongs to the region scope of the officer
 * who created it ({@code expo.region_scope}); only officers whose scope covers it manage the expo
 * and its booths (anyone else: 404, as for an unknown expo). A booth is for a verified business
 * inside the expo's scope; when the expo has a curation round, only for a business with a published
 * product that PASSED that round, and the booth shows only those products. Every booth added or
 * removed is audited under the business's village.
 */
@Component
class ExpoBooths {

  /** An expo the caller manages: its region scope and curation round. */
  record Managed(long id, String scope, Long roundId) {}

  /** Booths inside the expo's scope (rows from before the scope was enforced may lie outside). */
  private static final String IN_EXPO_SCOPE =
      " and (b.village_code = e.region_scope or b.village_code like e.region_scope || '.%')";

  private final JdbcClient jdbc;
  private final Products products;
  private final OwnerLookup owners;
  private final AuditTrail audit;

  ExpoBooths(JdbcClient jdbc, Products products, OwnerLookup owners, AuditTrail audit) {
    this.jdbc = jdbc;
    this.products = products;
    this.owners = owners;
    this.audit = audit;
  }

  /** The expo, when the caller is an officer whose scope covers the expo's; 404 otherwise. */
  Managed managed(Actor by, long expoId) {
    String scope = by.officerScope();
    return jdbc.sql("select region_scope, curation_round_id from expo where id = ?")
        .param(expoId)
        .query((rs, n) -> new Managed(expoId, rs.getString(1), (Long) rs.getObject(2)))
        .optional()
        .filter(e -> RegionScope.covers(scope, e.scope()))
        .orElseThrow(() -> new NotFoundException("expo", expoId));
  }

  @Transactional
  void add(Actor by, long expoId, long businessId) {
    Managed expo = managed(by, expoId);
    OwnerLookup.CatalogueFacts b =
        owners
            .catalogueFacts(businessId)
            .filter(f -> RegionScope.covers(expo.scope(), f.villageCode()))
            .filter(
                f ->
                    by.covers(f.villageCode()) && BusinessStatus.VERIFIED.name().equals(f.status()))
            .orElseThrow(() -> new NotFoundException("business", businessId));
    if (expo.roundId() != null && passed(expo.roundId(), businessId).isEmpty()) {
      throw new InvalidInputException("businessId", "expo.booth.notCurated", expo.roundId());
    }
    try {
      jdbc.sql(
              "insert into expo_booth (expo_id, business_id, business_name, village_code) values (?, ?, ?, ?)")
          .params(expoId, businessId, b.name(), b.villageCode())
          .update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("businessId", "expo.booth.duplicate");
    }
    audit.record(
        AuditAction.CREATE,
        "expo-booth",
        expoId + ":" + businessId,
        b.villageCode(),
        null,
        boothFields(expoId, businessId, b.name(), null));
  }

  /** Takes a booth down; the expo's officers may remove any booth of it. */
  @Transactional
  void remove(Actor by, long expoId, long businessId) {
    managed(by, expoId);
    Map<String, Object> removed =
        jdbc
            .sql(
                "delete from expo_booth where expo_id = ? and business_id = ?"
                    + " returning business_name, village_code, visits")
            .params(expoId, businessId)
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("booth", businessId));
    audit.record(
        AuditAction.DELETE,
        "expo-booth",
        expoId + ":" + businessId,
        (String) removed.get("village_code"),
        boothFields(
            expoId,
            businessId,
            (String) removed.get("business_name"),
            ((Number) removed.get("visits")).longValue()),
        null);
  }

  /**
   * The public booths with the products they show: those that passed the expo's curation round, or
   * every published product when the expo has no round.
   */
  @Transactional(readOnly = true)
  List<Expos.Booth> booths(long expoId, Long roundId) {
    List<Expos.Booth> out = new ArrayList<>();
    for (Map<String, Object> b :
        jdbc.sql(
                "select b.business_id, b.business_name, b.visits from expo_booth b"
                    + " join expo e on e.id = b.expo_id where b.expo_id = ?"
                    + IN_EXPO_SCOPE
                    + " order by b.business_name")
            .param(expoId)
            .query()
            .listOfRows()) {
      long businessId = ((Number) b.get("business_id")).longValue();
      List<ProductView> shown = products.ofBusiness(businessId);
      if (roundId != null) {
        List<Long> passed = passed(roundId, businessId);
        shown = shown.stream().filter(p -> passed.contains(p.id())).toList();
      }
      out.add(
          new Expos.Booth(
              businessId,
              (String) b.get("business_name"),
              ((Number) b.get("visits")).longValue(),
              shown));
    }
    return out;
  }

  /** A visitor opened a booth. */
  void visited(long expoId, long businessId) {
    int n =
        jdbc.sql(
                "update expo_booth b set visits = visits + 1 from expo e"
                    + " where e.id = b.expo_id and b.expo_id = ? and b.business_id = ?"
                    + IN_EXPO_SCOPE)
            .params(expoId, businessId)
            .update();
    if (n == 0) {
      throw new NotFoundException("booth", businessId);
    }
  }

  /** The business's published products that passed the round. */
  private List<Long> passed(long roundId, long businessId) {
    return jdbc.sql(
            """
            select s.product_id from curation_submission s join product p on p.id = s.product_id
            where s.round_id = ? and s.business_id = ? and s.status = ?
              and p.status = ?""")
        .params(
            roundId,
            businessId,
            CurationSubmissionState.PASSED.name(),
            ProductStatus.PUBLISHED.name())
        .query(Long.class)
        .list();
  }

  private static Map<String, Object> boothFields(
      long expoId, long businessId, String name, Long visits) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("expoId", expoId);
    m.put("businessId", businessId);
    m.put("businessName", name);
    if (visits != null) {
      m.put("visits", visits);
    }
    return m;
  }
}
