package id.naikkelas.access;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for a password login. */
@Service
class AccountUserDetailsService implements UserDetailsService {

  private final AccountRepository accounts;
  private final SecuritySettings settings;
  private final Clock clock;

  AccountUserDetailsService(AccountRepository accounts, SecuritySettings settings, Clock clock) {
    this.accounts = accounts;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public AccountPrincipal loadUserByUsername(String username) {
    Account account =
        accounts
            .findByUsername(normalise(username))
            .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    return principal(account);
  }

  AccountPrincipal principal(Account account) {
    Instant now = clock.instant();
    return new AccountPrincipal(
        account.actor(),
        account.passwordHash(),
        account.enabled(),
        account.isLockedAt(now),
        account.passwordExpiredAt(now, settings.passwordMaxAge()),
        account.sessionEpoch());
  }

  static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
