package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.ConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 9, finding 1, the race: self-registration chose the path of an unknown NIK, then an officer
 * stored its owner before the write. The account is never linked to that owner: the registration is
 * refused whole, and registering again opens a claim.
 */
@IntegrationTest
class SelfRegistrationRaceTest {

  @Autowired Registry registry;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  @Test
  void an_owner_stored_meanwhile_is_not_linked_to_the_new_account() {
    Actor officer = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");
    BusinessDraft onRecord = BusinessDraftFixture.draft("35.24.17.2007");
    long business = registry.register(officer, onRecord, BusinessSource.FORM).id();
    String before = ownerRow(business);
    BusinessDraft late =
        BusinessDraftFixture.draft(
            "35.24.17.2007", onRecord.nik(), "Usaha Baru " + System.nanoTime() % 100_000);
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    s -> registry.registerByOwner(987_654L, late, Instant.now())))
        .isInstanceOf(ConflictException.class)
        .hasMessage("selfRegistration.retry");
    assertThat(ownerRow(business)).isEqualTo(before);
    assertThat(
            jdbc.sql("select count(*) from business where name = ?")
                .param(late.businessName())
                .query(Long.class)
                .single())
        .isZero();
  }

  private String ownerRow(long business) {
    return jdbc.sql(
            "select row_to_json(o)::text from owner o join business b on b.owner_id = o.id"
                + " where b.id = ?")
        .param(business)
        .query(String.class)
        .single();
  }
}
