package id.naikkelas.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account and client address (BSSN lock-out without handing strangers a way to
 * lock an officer out): failures from one address lock the account for that address only. Kept in
 * the database, so every application node sees the same count.
 */
@Component
class LoginLocks {

  private static final Duration FORGET_AFTER = Duration.ofDays(1);

  private final JdbcClient jdbc;

  LoginLocks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The client address a sign-in attempt came from (its details), or {@code unknown}. */
  static String addressOf(Authentication attempt) {
    if (attempt.getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      String address = details.getRemoteAddress();
      return address.length() > 64 ? address.substring(0, 64) : address;
    }
    return "unknown";
  }

  boolean lockedFor(long accountId, String address, Instant now) {
    return jdbc.sql(
                "select count(*) from login_lock where account_id = ? and client_address = ? and locked_until > ?")
            .params(accountId, address, Timestamp.from(now))
            .query(Long.class)
            .single()
        > 0;
  }

  /** Counts a failure from the address; answers the moment the lock ends when this one locks. */
  Instant recordFailure(long accountId, String address, int limit, Duration lockFor, Instant now) {
    jdbc.sql(
            "delete from login_lock where account_id = ? and last_failure_at < ? and (locked_until is null or locked_until < ?)")
        .params(accountId, Timestamp.from(now.minus(FORGET_AFTER)), Timestamp.from(now))
        .update();
    int failures =
        jdbc.sql(
                """
                insert into login_lock (account_id, client_address, failures, last_failure_at)
                values (?, ?, 1, ?)
                on conflict (account_id, client_address) do update
                  set failures = login_lock.failures + 1, last_failure_at = excluded.last_failure_at
                returning failures""")
            .params(accountId, address, Timestamp.from(now))
            .query(Integer.class)
            .single();
    if (failures < limit) {
      return null;
    }
    Instant until = now.plus(lockFor);
    jdbc.sql(
            "update login_lock set failures = 0, locked_until = ? where account_id = ? and client_address = ?")
        .params(Timestamp.from(until), accountId, address)
        .update();
    return until;
  }

  /** A successful sign-in from the address clears its count. */
  void clear(long accountId, String address) {
    jdbc.sql("delete from login_lock where account_id = ? and client_address = ?")
        .params(accountId, address)
        .update();
  }

  /** An unlock link lifts the locks of every address. */
  void clearAll(long accountId) {
    jdbc.sql("delete from login_lock where account_id = ?").param(accountId).update();
  }
}
