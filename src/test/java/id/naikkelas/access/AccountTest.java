package id.naikkelas.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

  private final Instant now = Instant.parse("2026-11-22T01:00:00Z");

  @Test
  void the_fifth_failure_in_a_row_locks_the_account_for_the_lock_period() {
    Account account = new Account("siti", "hash", "Siti", Role.OFFICER, "35.24", now);
    for (int i = 1; i < 5; i++) {
      assertThat(account.recordFailedLogin(5, Duration.ofMinutes(15), now)).isFalse();
    }
    assertThat(account.recordFailedLogin(5, Duration.ofMinutes(15), now)).isTrue();
    assertThat(account.isLockedAt(now.plusSeconds(60))).isTrue();
    assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(16)))).isFalse();
  }

  @Test
  void a_success_clears_the_failures() {
    Account account = new Account("siti", "hash", "Siti", Role.OFFICER, "35.24", now);
    account.recordFailedLogin(5, Duration.ofMinutes(15), now);
    account.recordFailedLogin(5, Duration.ofMinutes(15), now);
    account.recordSuccessfulLogin();
    for (int i = 1; i < 5; i++) {
      assertThat(account.recordFailedLogin(5, Duration.ofMinutes(15), now)).isFalse();
    }
  }

  @Test
  void an_owner_never_keeps_a_scope() {
    Account account = new Account("budi", "hash", "Budi", Role.OWNER, "35.24", now);
    assertThat(account.scope()).isNull();
  }

  @Test
  void expiry_is_off_when_the_maximum_age_is_zero() {
    Account account = new Account("siti", "hash", "Siti", Role.OFFICER, "35.24", now);
    assertThat(account.passwordExpiredAt(now.plus(Duration.ofDays(3650)), Duration.ZERO)).isFalse();
    assertThat(account.passwordExpiredAt(now.plus(Duration.ofDays(91)), Duration.ofDays(90)))
        .isTrue();
  }

  @Test
  void the_audit_snapshot_never_holds_the_password_hash() {
    Account account = new Account("siti", "secret-hash", "Siti", Role.OFFICER, "35.24", now);
    assertThat(account.auditSnapshot()).doesNotContainKey("passwordHash");
    assertThat(account.auditSnapshot().values()).doesNotContain("secret-hash");
  }
}
