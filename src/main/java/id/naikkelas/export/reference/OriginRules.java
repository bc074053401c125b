package id.naikkelas.export.reference;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which certificate of origin (SKA) an export to a country needs (Permendag 24/2018 and
 * amendments): the stored rule of the country's trade agreement, or the non-preferential
 * certificate for a country without one. Admins keep the rules as the regulations change.
 */
@Service
@NamedInterface("reference")
public class OriginRules {

  /** The certificate for a destination without a preferential agreement. */
  public static final String NON_PREFERENTIAL = "SKA non-preferensi";

  static final String SOURCE = "Permendag 24/2018 dan perubahannya";
  static final int MAX_FORM = 60;
  static final int MAX_AGREEMENT = 120;
  static final int MAX_SOURCE = 300;

  private static final RowMapper<OriginRule> ROW =
      (rs, n) ->
          new OriginRule(
              rs.getString("country_code"),
              rs.getString("form"),
              rs.getString("agreement"),
              rs.getString("source"),
              true,
              rs.getTimestamp("updated_at").toInstant(),
              rs.getString("updated_by"));

  private final JdbcClient jdbc;
  private final Countries countries;
  private final AuditTrail audit;
  private final Clock clock;

  OriginRules(JdbcClient jdbc, Countries countries, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.countries = countries;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The rule for an export to the country (alpha-2, any case). An unknown code is refused (422
   * naming {@code country}).
   */
  public OriginRule forCountry(String cc) {
    String code = knownCode(cc);
    return stored(code)
        .orElseGet(() -> new OriginRule(code, NON_PREFERENTIAL, null, SOURCE, false, null, null));
  }

  /** Every stored (preferential) rule, by country code. */
  public List<OriginRule> all() {
    return jdbc.sql("select * from origin_rule order by country_code").query(ROW).list();
  }

  /** Sets the rule of a country: admins only, audited. An unknown country is a 404. */
  @Transactional
  public OriginRule update(Actor by, String cc, String form, String agreement, String source) {
    ReferenceAdmin.require(by);
    String code = Countries.normalise(cc);
    if (code == null || !countries.known(code)) {
      throw new NotFoundException("country", cc);
    }
    String f = required("form", form, MAX_FORM);
    String a = optional("agreement", agreement, MAX_AGREEMENT);
    String s = required("source", source, MAX_SOURCE);
    OriginRule before = forCountry(code);
    jdbc.sql(
            "insert into origin_rule (country_code, form, agreement, source, updated_at,"
                + " updated_by) values (?, ?, ?, ?, ?, ?) on conflict (country_code) do update set"
                + " form = excluded.form, agreement = excluded.agreement,"
                + " source = excluded.source, updated_at = excluded.updated_at,"
                + " updated_by = excluded.updated_by")
        .params(code, f, a, s, Timestamp.from(clock.instant()), by.username())
        .update();
    audit.record(
        before.preferential() ? AuditAction.UPDATE : AuditAction.CREATE,
        "origin-rule",
        code,
        null,
        before.preferential() ? fields(before.form(), before.agreement(), before.source()) : null,
        fields(f, a, s));
    return forCountry(code);
  }

  private Optional<OriginRule> stored(String code) {
    return jdbc.sql("select * from origin_rule where country_code = ?")
        .param(code)
        .query(ROW)
        .optional();
  }

  private String knownCode(String cc) {
    String code = Countries.normalise(cc);
    if (code == null || !countries.known(code)) {
      throw new InvalidInputException("country", "export.country.unknown", String.valueOf(cc));
    }
    return code;
  }

  private static Map<String, Object> fields(String form, String agreement, String source) {
    Map<String, Object> m = new HashMap<>();
    m.put("form", form);
    m.put("agreement", agreement);
    m.put("source", source);
    return m;
  }

  private static String required(String field, String value, int max) {
    String text = optional(field, value, max);
    if (text == null) {
      throw new InvalidInputException(field, "export.origin.required");
    }
    return text;
  }

  private static String optional(String field, String value, int max) {
    String text = ReferenceAdmin.text(value);
    if (text != null && text.length() > max) {
      throw new InvalidInputException(field, "export.origin.tooLong", max);
    }
    return text;
  }
}
