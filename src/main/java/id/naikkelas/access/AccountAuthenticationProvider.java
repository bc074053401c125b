package id.naikkelas.access;

import java.time.Clock;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in that gives a stranger nothing: the password is always hashed first (Spring
 * hashes a dummy one for unknown usernames), and only then are the locks (account-wide and for the
 * caller's address) and the enabled flag checked, so a disabled or locked account answers like a
 * wrong password, in about the same time. The callers map every failure but an expired password
 * (known only after the right one) to one message.
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

  private final LoginLocks locks;
  private final Clock clock;

  AccountAuthenticationProvider(
      AccountUserDetailsService accounts, PasswordEncoder encoder, LoginLocks locks, Clock clock) {
    super(accounts);
    setPasswordEncoder(encoder);
    // the default checks (locked, disabled) run before the password: they would answer faster
    setPreAuthenticationChecks(user -> {});
    this.locks = locks;
    this.clock = clock;
  }

  @Override
  protected void additionalAuthenticationChecks(
      UserDetails user, UsernamePasswordAuthenticationToken attempt) {
    boolean passwordRight;
    try {
      super.additionalAuthenticationChecks(user, attempt);
      passwordRight = true;
    } catch (BadCredentialsException e) {
      passwordRight = false;
    }
    AccountPrincipal principal = (AccountPrincipal) user;
    if (!principal.isAccountNonLocked()
        || locks.lockedFor(
            principal.actor().id(), LoginLocks.addressOf(attempt), clock.instant())) {
      // not counted as a failure: a locked address cannot push the account-wide count up
      throw new LockedException("locked");
    }
    if (!passwordRight) {
      throw new BadCredentialsException("bad credentials");
    }
    if (!principal.isEnabled()) {
      throw new DisabledException("disabled");
    }
  }
}
