package id.naikkelas.catalogue;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.OwnerLookup;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Virtual expos (Bank Indonesia's UMKM Virtual Expo for buyers and the diaspora): dates, booths of
 * businesses with their curated products, public pages in Indonesian and English, inquiries tied to
 * the expo, and a report of booths, visits, inquiries and deals.
 */
@Service
public class Expos {

  public record Draft(
      String title,
      String titleEn,
      String description,
      String descriptionEn,
      String startsOn,
      String endsOn,
      Long curationRoundId) {}

  public record Expo(
      long id,
      String title,
      String titleEn,
      String description,
      String descriptionEn,
      LocalDate startsOn,
      LocalDate endsOn,
      Long curationRoundId) {}

  public record Booth(
      long businessId, String businessName, long visits, List<ProductView> products) {}

  public record Report(
      long booths, long visits, long inquiries, long deals, Map<String, BigDecimal> dealValue) {}

  private final JdbcClient jdbc;
  private final Products products;
  private final OwnerLookup owners;
  private final AuditTrail audit;
  private final Clock clock;

  Expos(JdbcClient jdbc, Products products, OwnerLookup owners, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.products = products;
    this.owners = owners;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long create(Actor by, Draft d) {
    String scope = by.officerScope();
    List<FieldProblem> p = new ArrayList<>();
    if (d.title() == null || d.title().isBlank() || d.title().length() > 200) {
      p.add(new FieldProblem("title", "field.required"));
    }
    LocalDate starts = date(d.startsOn(), "startsOn", p);
    LocalDate ends =
        d.endsOn() == null || d.endsOn().isBlank() ? starts : date(d.endsOn(), "endsOn", p);
    if (starts != null && ends != null && ends.isBefore(starts)) {
      p.add(new FieldProblem("endsOn", "training.endsOn.beforeStart"));
    }
    if (d.curationRoundId() != null
        && jdbc.sql("select 1 from curation_round where id = ?")
            .param(d.curationRoundId())
            .query(Integer.class)
            .optional()
            .isEmpty()) {
      p.add(new FieldProblem("curationRoundId", "expo.round.unknown", d.curationRoundId()));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    long id =
        jdbc.sql(
                """
                insert into expo (title, title_en, description, description_en, starts_on, ends_on,
                  region_scope, curation_round_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                d.title().strip(),
                blank(d.titleEn()),
                blank(d.description()),
                blank(d.descriptionEn()),
                Date.valueOf(starts),
                Date.valueOf(ends),
                scope,
                d.curationRoundId(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    audit.record(AuditAction.CREATE, "expo", id, scope, null, Map.of("title", d.title().strip()));
    return id;
  }

  /** A verified business of the officer's scope gets a booth. */
  @Transactional
  public void addBooth(Actor by, long expoId, long businessId) {
    by.officerScope();
    expo(expoId);
    OwnerLookup.CatalogueFacts b =
        owners
            .catalogueFacts(businessId)
            .filter(f -> by.covers(f.villageCode()) && "VERIFIED".equals(f.status()))
            .orElseThrow(() -> new NotFoundException("business", businessId));
    try {
      jdbc.sql(
              "insert into expo_booth (expo_id, business_id, business_name, village_code) values (?, ?, ?, ?)")
          .params(expoId, businessId, b.name(), b.villageCode())
          .update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("businessId", "expo.booth.duplicate");
    }
  }

  public Expo expo(long id) {
    return jdbc.sql(
            "select id, title, title_en, description, description_en, starts_on, ends_on, curation_round_id"
                + " from expo where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Expo(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getDate(6).toLocalDate(),
                    rs.getDate(7).toLocalDate(),
                    (Long) rs.getObject(8)))
        .optional()
        .orElseThrow(() -> new NotFoundException("expo", id));
  }

  public List<Expo> all() {
    return jdbc.sql("select id from expo order by starts_on desc").query(Long.class).list().stream()
        .map(this::expo)
        .toList();
  }

  /**
   * The booths with the products they show: those that passed the expo's curation round, or every
   * published product when the expo has no round.
   */
  @Transactional(readOnly = true)
  public List<Booth> booths(long expoId) {
    Expo e = expo(expoId);
    List<Booth> out = new ArrayList<>();
    for (Map<String, Object> b :
        jdbc.sql(
                "select business_id, business_name, visits from expo_booth where expo_id = ? order by business_name")
            .param(expoId)
            .query()
            .listOfRows()) {
      long businessId = ((Number) b.get("business_id")).longValue();
      List<ProductView> shown = products.ofBusiness(businessId);
      if (e.curationRoundId() != null) {
        List<Long> passed =
            jdbc.sql(
                    "select product_id from curation_submission where round_id = ? and business_id = ? and status = 'PASSED'")
                .params(e.curationRoundId(), businessId)
                .query(Long.class)
                .list();
        shown = shown.stream().filter(p -> passed.contains(p.id())).toList();
      }
      out.add(
          new Booth(
              businessId,
              (String) b.get("business_name"),
              ((Number) b.get("visits")).longValue(),
              shown));
    }
    return out;
  }

  /** A visitor opened a booth. */
  public void visited(long expoId, long businessId) {
    int n =
        jdbc.sql("update expo_booth set visits = visits + 1 where expo_id = ? and business_id = ?")
            .params(expoId, businessId)
            .update();
    if (n == 0) {
      throw new NotFoundException("booth", businessId);
    }
  }

  public Report report(Actor by, long expoId) {
    by.officerScope();
    expo(expoId);
    Map<String, Object> r =
        jdbc.sql(
                """
                select (select count(*) from expo_booth where expo_id = ?) as booths,
                  (select coalesce(sum(visits), 0) from expo_booth where expo_id = ?) as visits,
                  (select count(*) from inquiry where expo_id = ?) as inquiries,
                  (select count(*) from inquiry where expo_id = ? and status = 'DEAL') as deals""")
            .params(expoId, expoId, expoId, expoId)
            .query()
            .singleRow();
    Map<String, BigDecimal> value = new LinkedHashMap<>();
    jdbc.sql(
            "select deal_currency, sum(deal_value) from inquiry where expo_id = ? and status = 'DEAL' group by deal_currency order by 1")
        .param(expoId)
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
        .list()
        .forEach(e -> value.put(e.getKey(), e.getValue()));
    return new Report(
        ((Number) r.get("booths")).longValue(),
        ((Number) r.get("visits")).longValue(),
        ((Number) r.get("inquiries")).longValue(),
        ((Number) r.get("deals")).longValue(),
        value);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static LocalDate date(String v, String field, List<FieldProblem> p) {
    try {
      return LocalDate.parse(v == null ? "" : v.strip());
    } catch (DateTimeParseException e) {
      p.add(new FieldProblem(field, "training.date.invalid"));
      return null;
    }
  }
}
