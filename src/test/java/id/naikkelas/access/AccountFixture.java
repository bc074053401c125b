package id.naikkelas.access;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Opens accounts for tests with unique usernames, through the real service, and hands out their
 * bearer tokens.
 */
@Component
public class AccountFixture {

  public static final String PASSWORD = "Rahasia#Kuat2026";
  public static final String ADMIN_PASSWORD = "Kunci#TestOnly2026";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private String adminToken;
  private final Accounts accounts;
  private final ApiTokens tokens;

  private final AccountUserDetailsService details;

  AccountFixture(Accounts accounts, ApiTokens tokens, AccountUserDetailsService details) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.details = details;
  }

  /** A signed-in session of the account, for page tests. */
  public Authentication signedIn(String username) {
    AccountPrincipal principal = details.loadUserByUsername(username);
    return UsernamePasswordAuthenticationToken.authenticated(
        principal, null, principal.getAuthorities());
  }

  /** A fresh account; answers its username. */
  public String open(Role role, String scope) {
    String username =
        role.name().toLowerCase()
            + ".t"
            + SEQUENCE.incrementAndGet()
            + "."
            + System.nanoTime() % 100_000;
    Actor root = new Actor(0, "test", "test", Role.ADMIN, "35");
    accounts.create(root, new NewAccount(username, PASSWORD, "Akun Uji " + username, role, scope));
    return username;
  }

  public String token(String username) {
    return tokens.issue(username, PASSWORD, "10.0.0." + SEQUENCE.incrementAndGet() % 250).token();
  }

  /** The first admin's token, issued once: logins per username are rate-limited. */
  public synchronized String adminToken() {
    if (adminToken == null) {
      adminToken = tokens.issue("admin", ADMIN_PASSWORD, "10.0.1.1").token();
    }
    return adminToken;
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }
}
