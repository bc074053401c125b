package id.naikkelas.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The recent password hashes of each account, so that none is reused. */
@Component
class PasswordHistory {

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;

  PasswordHistory(JdbcClient jdbc, PasswordEncoder encoder) {
    this.jdbc = jdbc;
    this.encoder = encoder;
  }

  boolean wasRecentlyUsed(long accountId, String password, int howMany) {
    List<String> recent =
        jdbc.sql(
                "select password_hash from password_history where account_id = ? order by changed_at desc, id desc limit ?")
            .param(accountId)
            .param(howMany)
            .query(String.class)
            .list();
    return recent.stream().anyMatch(hash -> encoder.matches(password, hash));
  }

  void remember(long accountId, String hash, Instant at) {
    jdbc.sql(
            "insert into password_history (account_id, password_hash, changed_at) values (?, ?, ?)")
        .param(accountId)
        .param(hash)
        .param(Timestamp.from(at))
        .update();
  }
}
