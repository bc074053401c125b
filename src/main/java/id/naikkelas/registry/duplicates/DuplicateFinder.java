package id.naikkelas.registry.duplicates;

import id.naikkelas.platform.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds likely duplicates with two SQL statements (trigram similarity of normalised names inside
 * one village; one phone hash behind two owners) and stores each new pair once. Exact duplicates
 * never get here: the same NIK and name, or the same NIB, is refused as one business.
 */
@Component
class DuplicateFinder {

  /** How alike two names in one village must be (pg_trgm similarity, 0 to 1). */
  static final double NAME_SIMILARITY = 0.6;

  private final JdbcClient jdbc;

  DuplicateFinder(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Looks at the businesses inside {@code scope} (or only those whose source matches {@code
   * sourceRefs}, e.g. one import) and answers how many new pairs it stored.
   */
  @org.springframework.transaction.annotation.Transactional
  int find(String scope, String sourceRefs) {
    // Let the trigram index itself apply our threshold, not pg_trgm's looser default of 0.3.
    jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)")
        .param(String.valueOf(NAME_SIMILARITY))
        .query(String.class)
        .single();
    String subject =
        sourceRefs == null
            ? RegionScope.jpql("b1.village_code", "scope")
            : "b1.source_ref like :refs";
    int byName =
        jdbc.sql(
                """
                insert into duplicate_candidate (business_a, business_b, reason, similarity, village_code)
                select least(b1.id, b2.id), greatest(b1.id, b2.id), 'SIMILAR_NAME',
                       similarity(b1.name_key, b2.name_key), b1.village_code
                from business b1
                join business b2 on b2.village_code = b1.village_code and b2.id <> b1.id
                                and b2.name_key % b1.name_key
                where SUBJECT and b1.status <> 'INACTIVE' and b2.status <> 'INACTIVE'
                on conflict do nothing"""
                    .replace("SUBJECT", subject))
            .param("scope", scope)
            .param("refs", sourceRefs == null ? "" : sourceRefs)
            .update();
    int byPhone =
        jdbc.sql(
                """
                insert into duplicate_candidate (business_a, business_b, reason, similarity, village_code)
                select least(b1.id, b2.id), greatest(b1.id, b2.id), 'SAME_PHONE', 1, b1.village_code
                from business b1
                join owner o1 on o1.id = b1.owner_id
                join owner o2 on o2.phone_hash = o1.phone_hash and o2.id <> o1.id
                join business b2 on b2.owner_id = o2.id
                where SUBJECT and o1.phone_hash is not null
                  and b1.status <> 'INACTIVE' and b2.status <> 'INACTIVE'
                  and B2_IN_SCOPE
                on conflict do nothing"""
                    .replace("SUBJECT", subject)
                    .replace("B2_IN_SCOPE", RegionScope.jpql("b2.village_code", "scope")))
            .param("scope", scope)
            .param("refs", sourceRefs == null ? "" : sourceRefs)
            .update();
    return byName + byPhone;
  }
}
