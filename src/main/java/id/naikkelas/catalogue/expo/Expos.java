package id.naikkelas.catalogue.expo;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.catalogue.ProductView;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Virtual expos (Bank Indonesia's UMKM Virtual Expo for buyers and the diaspora): dates, booths of
 * businesses with their curated products, public pages in Indonesian and English, inquiries tied to
 * the expo, and a report of booths, visits, inquiries and deals. An expo belongs to the region
 * scope of the officer who created it: only officers covering that scope manage it and its booths
 * (see {@link ExpoBooths}); its public pages are public.
 */
@NamedInterface("expo")
@Service
public class Expos {

  /** An expo to create; checked whole by {@link #create}, problems named by field. */
  public record ExpoDraft(
      @Schema(requiredMode = REQUIRED, maxLength = TITLE_MAX) String title,
      @Schema(maxLength = TITLE_MAX) String titleEn,
      @Schema(maxLength = DESCRIPTION_MAX) String description,
      @Schema(maxLength = DESCRIPTION_MAX) String descriptionEn,
      @Schema(requiredMode = REQUIRED, example = "2026-08-17") LocalDate startsOn,
      @Schema(example = "2026-08-19", description = "the start day when absent; not before it")
          LocalDate endsOn,
      @Schema(description = "a curation round whose passed products the booths show")
          Long curationRoundId) {}

  static final int TITLE_MAX = 200;
  static final int DESCRIPTION_MAX = 2000;

  public record ExpoView(
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

  public record ExpoReport(
      long booths, long visits, long inquiries, long deals, Map<String, BigDecimal> dealValue) {}

  private final JdbcClient jdbc;
  private final ExpoBooths booths;
  private final ExpoReports reports;
  private final AuditTrail audit;
  private final Clock clock;

  Expos(JdbcClient jdbc, ExpoBooths booths, ExpoReports reports, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.booths = booths;
    this.reports = reports;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long create(Actor by, ExpoDraft d) {
    String scope = by.officerScope();
    List<FieldProblem> p = new ArrayList<>();
    if (d.title() == null || d.title().isBlank() || d.title().length() > TITLE_MAX) {
      p.add(new FieldProblem("title", "field.required"));
    }
    FormFields.text(d.titleEn(), "titleEn", TITLE_MAX, false, p);
    FormFields.text(d.description(), "description", DESCRIPTION_MAX, false, p);
    FormFields.text(d.descriptionEn(), "descriptionEn", DESCRIPTION_MAX, false, p);
    LocalDate starts = d.startsOn();
    if (starts == null) {
      p.add(new FieldProblem("startsOn", "training.date.invalid"));
    }
    LocalDate ends = d.endsOn() == null ? starts : d.endsOn();
    if (starts != null && ends != null && ends.isBefore(starts)) {
      p.add(new FieldProblem("endsOn", "training.endsOn.beforeStart"));
    }
    // the round must be one the officer sees (a wider round, or one inside the officer's scope);
    // any other answers as an unknown round
    if (d.curationRoundId() != null
        && jdbc.sql("select region_scope from curation_round where id = ?")
            .param(d.curationRoundId())
            .query(String.class)
            .optional()
            .filter(r -> RegionScope.covers(scope, r) || RegionScope.covers(r, scope))
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

  /**
   * A verified business inside the expo's scope gets a booth, by an officer whose scope covers the
   * expo (404 otherwise); with a curation round, only a business with a product that passed it (422
   * on {@code businessId}). Audited.
   */
  public void addBooth(Actor by, long expoId, long businessId) {
    booths.add(by, expoId, businessId);
  }

  /** Takes a booth down (officers covering the expo's scope). Audited. */
  public void removeBooth(Actor by, long expoId, long businessId) {
    booths.remove(by, expoId, businessId);
  }

  public ExpoView expo(long id) {
    return jdbc.sql(
            "select id, title, title_en, description, description_en, starts_on, ends_on, curation_round_id"
                + " from expo where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new ExpoView(
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

  public List<ExpoView> all() {
    return jdbc.sql("select id from expo order by starts_on desc").query(Long.class).list().stream()
        .map(this::expo)
        .toList();
  }

  /**
   * The booths with the products they show: those that passed the expo's curation round, or every
   * published product when the expo has no round (public).
   */
  public List<Booth> booths(long expoId) {
    return booths.booths(expoId, expo(expoId).curationRoundId());
  }

  /** A visitor opened a booth. */
  public void visited(long expoId, long businessId) {
    booths.visited(expoId, businessId);
  }

  /** The expos the officer manages: those whose scope the officer's scope covers. */
  public List<ExpoView> managed(Actor by) {
    String scope = by.officerScope();
    return jdbc
        .sql(
            "select id from expo where region_scope = ? or region_scope like ?"
                + " order by starts_on desc")
        .params(scope, scope + ".%")
        .query(Long.class)
        .list()
        .stream()
        .map(this::expo)
        .toList();
  }

  /**
   * Booths, visits, inquiries and deals, for the officers who manage the expo (404 for anyone
   * else). Only booths inside the expo's scope and inquiries about businesses inside it count, so
   * the report never holds figures of businesses outside the manager's scope.
   */
  public ExpoReport report(Actor by, long expoId) {
    return reports.report(booths.managed(by, expoId).scope(), expoId);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
