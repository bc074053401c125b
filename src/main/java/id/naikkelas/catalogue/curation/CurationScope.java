package id.naikkelas.catalogue.curation;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.registry.OwnerLookup;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sees a curation round, by the same scope rule as every other object. A round is seen by the
 * officers and PARTNER accounts whose scope lies inside it or covers it (a district officer sees
 * the regency's round), and by an owner when it covers one of the owner's businesses; anyone else
 * gets 404, the same answer as an unknown round. Inside a round, a submission (its scores and
 * feedback) is seen only by those whose scope covers the business's village.
 */
@Component
class CurationScope {

  record Round(long id, String status, String regionScope) {}

  private final JdbcClient jdbc;
  private final OwnerLookup owners;

  CurationScope(JdbcClient jdbc, OwnerLookup owners) {
    this.jdbc = jdbc;
    this.owners = owners;
  }

  /** Officers, and the partner's own accounts (role PARTNER), score within their scope. */
  static String scorerScope(Actor by) {
    if (by.role() == Role.PARTNER && by.scope() != null) {
      return by.scope();
    }
    return by.officerScope();
  }

  /** A round an officer or partner sees; 404 otherwise. */
  Round forScorer(Actor by, long roundId) {
    String scope = scorerScope(by);
    return round(roundId)
        .filter(r -> overlaps(scope, r.regionScope()))
        .orElseThrow(() -> new NotFoundException("round", roundId));
  }

  /**
   * A round the caller may enter a product into: an owner's round or an officer's; 404 otherwise.
   */
  Round forEntrant(Actor by, long roundId) {
    if (by.role() != Role.OWNER) {
      String scope = by.officerScope();
      return round(roundId)
          .filter(r -> overlaps(scope, r.regionScope()))
          .orElseThrow(() -> new NotFoundException("round", roundId));
    }
    return round(roundId)
        .filter(
            r ->
                owners.businessesOfAccount(by.id()).stream()
                    .map(owners::catalogueFacts)
                    .flatMap(Optional::stream)
                    .anyMatch(f -> RegionScope.covers(r.regionScope(), f.villageCode())))
        .orElseThrow(() -> new NotFoundException("round", roundId));
  }

  private static boolean overlaps(String scope, String region) {
    return RegionScope.covers(scope, region) || RegionScope.covers(region, scope);
  }

  private Optional<Round> round(long roundId) {
    return jdbc.sql("select id, status, region_scope from curation_round where id = ?")
        .param(roundId)
        .query((rs, n) -> new Round(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .optional();
  }
}
