package id.naikkelas.export.shipment;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.OwnerLookup;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Lists of the ledger: an officer's scope (narrowed by region, year, goods code prefix, country,
 * size group, verified ones), or an owner's own businesses. The shipments behind a total are the
 * list with that total's filter.
 */
@Component
class ShipmentQueries {

  private final jakarta.persistence.EntityManager em;
  private final OwnerLookup owners;

  ShipmentQueries(jakarta.persistence.EntityManager em, OwnerLookup owners) {
    this.em = em;
    this.owners = owners;
  }

  Page<ShipmentView> list(Actor by, ShipmentFilter f, Pageable pageable) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (by.role() == Role.OWNER) {
      List<Long> own = owners.businessesOfAccount(by.id());
      if (own.isEmpty()) {
        return Page.empty(pageable);
      }
      where.append(" and s.businessId in ?").append(params.size() + 1);
      params.add(own);
    } else {
      add(where, params, scope("s.villageCode", params.size()), by.officerScope(), true);
    }
    if (f.region() != null && !f.region().isBlank()) {
      add(where, params, scope("s.villageCode", params.size()), f.region().strip(), true);
    }
    if (f.year() != null) {
      where.append(" and s.shipYear = ?").append(params.size() + 1);
      params.add((short) f.year().intValue());
    }
    if (f.hsCode() != null && !f.hsCode().isBlank()) {
      where.append(" and s.hsCode like ?").append(params.size() + 1);
      params.add(f.hsCode().replaceAll("[^0-9]", "") + "%");
    }
    if (f.country() != null && !f.country().isBlank()) {
      where.append(" and s.destinationCountry = ?").append(params.size() + 1);
      params.add(f.country().strip().toUpperCase(java.util.Locale.ROOT));
    }
    if (f.size() == SizeGroup.LARGE) {
      where.append(" and s.sizeClass = 'LARGE'");
    } else if (f.size() == SizeGroup.IKM) {
      where.append(" and (s.sizeClass is null or s.sizeClass <> 'LARGE')");
    }
    if (f.businessId() != null) {
      where.append(" and s.businessId = ?").append(params.size() + 1);
      params.add(f.businessId());
    }
    if (f.verifiedOnly()) {
      where.append(" and s.state = ?").append(params.size() + 1);
      params.add(ShipmentState.VERIFIED);
    }
    var count = em.createQuery("select count(s) from ExportShipment s" + where, Long.class);
    var rows =
        em.createQuery(
            "select s from ExportShipment s"
                + where
                + " order by s.shipYear desc,"
                + " s.shipMonth desc nulls last, s.id desc",
            ExportShipment.class);
    for (int i = 0; i < params.size(); i++) {
      count.setParameter(i + 1, params.get(i));
      rows.setParameter(i + 1, params.get(i));
    }
    List<ShipmentView> items =
        rows
            .setFirstResult((int) pageable.getOffset())
            .setMaxResults(pageable.getPageSize())
            .getResultList()
            .stream()
            .map(ExportShipment::view)
            .toList();
    return new PageImpl<>(items, pageable, count.getSingleResult());
  }

  /** A JPQL scope condition on two positional parameters starting after {@code used}. */
  private static String scope(String path, int used) {
    return "(" + path + " = ?" + (used + 1) + " or " + path + " like ?" + (used + 2) + ")";
  }

  private static void add(
      StringBuilder where, List<Object> params, String condition, String scope, boolean prefix) {
    where.append(" and ").append(condition);
    params.add(scope);
    params.add(prefix ? scope + ".%" : scope);
  }
}
