package id.naikkelas.catalogue.market;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.WebLinks;
import id.naikkelas.registry.OwnerLookup;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner marketplaces, banks and retailers, and which businesses are onboarded with each. */
@NamedInterface("market")
@Service
public class MarketPartners {

  private static final Set<String> KINDS =
      Set.of("MARKETPLACE", "BANK", "RETAILER", "EXPO_ORGANISER", "OTHER");

  private final JdbcClient jdbc;
  private final OwnerLookup owners;
  private final AuditTrail audit;
  private final Clock clock;

  MarketPartners(JdbcClient jdbc, OwnerLookup owners, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.owners = owners;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long create(Actor by, String name, String kind, String website) {
    String scope = by.officerScope();
    List<FieldProblem> p = new ArrayList<>();
    if (name == null || name.isBlank() || name.length() > 160) {
      p.add(new FieldProblem("name", "field.required"));
    }
    String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
    if (!KINDS.contains(k)) {
      p.add(new FieldProblem("kind", "field.choice", String.valueOf(kind)));
    }
    if (website != null && !website.isBlank() && !WebLinks.isHttp(website.strip())) {
      p.add(new FieldProblem("website", "catalogue.link.invalid", website.strip()));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    try {
      long id =
          jdbc.sql(
                  "insert into partner (name, kind, website, created_at) values (?, ?, ?, ?) returning id")
              .params(
                  name.strip(),
                  k,
                  website == null || website.isBlank() ? null : website.strip(),
                  Timestamp.from(clock.instant()))
              .query(Long.class)
              .single();
      audit.record(
          AuditAction.CREATE, "partner", id, scope, null, Map.of("name", name.strip(), "kind", k));
      return id;
    } catch (DuplicateKeyException e) {
      throw new ConflictException("name", "partner.duplicate");
    }
  }

  /** Records that a business of the officer's scope is onboarded with the partner. */
  @Transactional
  public void onboard(Actor by, long partnerId, long businessId, LocalDate on, String note) {
    by.officerScope();
    if (note != null && note.strip().length() > 300) {
      throw new id.naikkelas.platform.InvalidInputException("note", "field.tooLong", 300);
    }
    if (jdbc.sql("select 1 from partner where id = ?")
        .param(partnerId)
        .query(Integer.class)
        .optional()
        .isEmpty()) {
      throw new NotFoundException("partner", partnerId);
    }
    OwnerLookup.CatalogueFacts b =
        owners
            .catalogueFacts(businessId)
            .filter(f -> by.covers(f.villageCode()))
            .orElseThrow(() -> new NotFoundException("business", businessId));
    try {
      jdbc.sql(
              "insert into partner_onboarding (partner_id, business_id, village_code, onboarded_on, note)"
                  + " values (?, ?, ?, ?, ?)")
          .params(
              partnerId,
              businessId,
              b.villageCode(),
              Date.valueOf(
                  on == null
                      ? LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta")))
                      : on),
              note == null || note.isBlank() ? null : note.strip())
          .update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("businessId", "partner.alreadyOnboarded");
    }
    audit.record(
        AuditAction.CREATE,
        "partner-onboarding",
        partnerId + ":" + businessId,
        b.villageCode(),
        null,
        Map.of("partnerId", partnerId, "businessId", businessId));
  }

  /** Partners with the number of businesses of the caller's scope onboarded with each. */
  public List<Map<String, Object>> list(Actor by) {
    String scope = by.officerScope();
    return jdbc.sql(
            """
            select p.id, p.name, p.kind, p.website,
              (select count(*) from partner_onboarding o where o.partner_id = p.id
                 and (o.village_code = ? or o.village_code like ?)) as onboarded
            from partner p order by p.kind, p.name""")
        .params(scope, scope + ".%")
        .query()
        .listOfRows();
  }

  public List<Map<String, Object>> onboarded(Actor by, long partnerId) {
    String scope = by.officerScope();
    return jdbc.sql(
            """
            select o.business_id as "businessId", o.onboarded_on as "onboardedOn", o.note
            from partner_onboarding o where o.partner_id = ?
              and (o.village_code = ? or o.village_code like ?) order by o.onboarded_on desc""")
        .params(partnerId, scope, scope + ".%")
        .query()
        .listOfRows();
  }
}
