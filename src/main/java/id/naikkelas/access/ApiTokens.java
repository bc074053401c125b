package id.naikkelas.access;

import id.naikkelas.access.LoginRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for machines: 32 random bytes, of which the database keeps only the SHA-256, so a
 * leaked table grants nothing. A token dies at its expiry, while its account is disabled, and for
 * good when the account's password, role, scope or enabled state changes.
 */
@Service
public class ApiTokens {

  /** The outcome of presenting a token. */
  sealed interface Lookup {
    record Valid(AccountPrincipal principal) implements Lookup {}

    record Expired() implements Lookup {}

    record Invalid() implements Lookup {}
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final AuthenticationManager authentication;
  private final LoginThrottle throttle;
  private final AccountRepository accounts;
  private final AccountUserDetailsService details;
  private final JdbcClient jdbc;
  private final SecuritySettings settings;
  private final Clock clock;

  ApiTokens(
      AuthenticationManager authentication,
      LoginThrottle throttle,
      AccountRepository accounts,
      AccountUserDetailsService details,
      JdbcClient jdbc,
      SecuritySettings settings,
      Clock clock) {
    this.authentication = authentication;
    this.throttle = throttle;
    this.accounts = accounts;
    this.details = details;
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  /** Checks the password (rate-limited, counting failures) and issues a token. */
  @Transactional
  public IssuedToken issue(String username, String password, String clientAddress) {
    Optional<Long> wait = throttle.tryAttempt(username, clientAddress);
    if (wait.isPresent()) {
      throw new LoginRejectedException(Reason.RATE_LIMITED, wait.get());
    }
    AccountPrincipal principal;
    try {
      var attempt =
          UsernamePasswordAuthenticationToken.unauthenticated(
              username == null ? "" : username, password == null ? "" : password);
      attempt.setDetails(new WebAuthenticationDetails(clientAddress, null));
      principal = (AccountPrincipal) authentication.authenticate(attempt).getPrincipal();
    } catch (CredentialsExpiredException e) {
      // only ever after the right password (post-authentication check): no stranger learns it
      throw new LoginRejectedException(Reason.PASSWORD_EXPIRED, 0);
    } catch (AuthenticationException e) {
      // unknown user, wrong password, disabled, locked: one answer, so none of them is revealed
      throw new LoginRejectedException(Reason.BAD_CREDENTIALS, 0);
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    Instant expiresAt = now.plus(settings.tokenTtl());
    jdbc.sql(
            "insert into api_token (token_hash, account_id, issued_at, expires_at) values (?, ?, ?, ?)")
        .param(hash(token))
        .param(principal.actor().id())
        .param(Timestamp.from(now))
        .param(Timestamp.from(expiresAt))
        .update();
    return new IssuedToken(token, expiresAt);
  }

  @Transactional(readOnly = true)
  Lookup lookup(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return new Lookup.Invalid();
    }
    Optional<Object[]> row =
        jdbc.sql("select account_id, expires_at from api_token where token_hash = ?")
            .param(hash(token.strip()))
            .query((rs, i) -> new Object[] {rs.getLong(1), rs.getTimestamp(2).toInstant()})
            .optional();
    if (row.isEmpty()) {
      return new Lookup.Invalid();
    }
    if (!((Instant) row.get()[1]).isAfter(clock.instant())) {
      return new Lookup.Expired();
    }
    return accounts
        .findById((Long) row.get()[0])
        .map(details::principal)
        // a sign-in lock stops password guessing; it does not end tokens already issued
        .filter(AccountPrincipal::isEnabled)
        .<Lookup>map(Lookup.Valid::new)
        .orElseGet(Lookup.Invalid::new);
  }

  /** Revokes every token of the account: a new password, role, scope or enabled state. */
  @Transactional
  void revokeAll(long accountId) {
    jdbc.sql("delete from api_token where account_id = ?").param(accountId).update();
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
