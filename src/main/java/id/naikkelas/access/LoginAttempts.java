package id.naikkelas.access;

import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and client address, and per account: the failure that reaches
 * the limit locks the account for that address (or, at the higher account-wide limit, for every
 * address), is audited, and sends an unlock link to the account's contact. A success clears the
 * address's count and the account-wide one. Works for the login page and the token endpoint alike.
 */
@Component
class LoginAttempts {

  private final AccountRepository accounts;
  private final LoginLocks locks;
  private final UnlockLinks unlockLinks;
  private final SecuritySettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  LoginAttempts(
      AccountRepository accounts,
      LoginLocks locks,
      UnlockLinks unlockLinks,
      SecuritySettings settings,
      AuditTrail audit,
      Clock clock) {
    this.accounts = accounts;
    this.locks = locks;
    this.unlockLinks = unlockLinks;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  @EventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(AuthenticationFailureBadCredentialsEvent event) {
    String address = LoginLocks.addressOf(event.getAuthentication());
    accounts
        .findByUsername(AccountUserDetailsService.normalise(event.getAuthentication().getName()))
        .ifPresent(account -> failed(account, address));
  }

  private void failed(Account account, String address) {
    Instant now = clock.instant();
    Instant lockedHere =
        locks.recordFailure(
            account.id(), address, settings.maxFailedLogins(), settings.lockDuration(), now);
    if (lockedHere != null) {
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("username", account.username());
      after.put("lockedAddress", address);
      after.put("lockedUntil", lockedHere.toString());
      audit.record(
          AuditAction.UPDATE, Accounts.AUDIT_TYPE, account.id(), account.scope(), null, after);
    }
    Map<String, Object> before = account.auditSnapshot();
    boolean lockedEverywhere =
        account.recordFailedLogin(
            settings.maxFailedLoginsAccountWide(), settings.lockDuration(), now);
    if (lockedEverywhere) {
      audit.record(
          AuditAction.UPDATE,
          Accounts.AUDIT_TYPE,
          account.id(),
          account.scope(),
          before,
          account.auditSnapshot());
    }
    if (lockedHere != null || lockedEverywhere) {
      unlockLinks.offer(account);
    }
  }

  @EventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
      accounts.findById(principal.actor().id()).ifPresent(Account::recordSuccessfulLogin);
      locks.clear(principal.actor().id(), LoginLocks.addressOf(event.getAuthentication()));
    }
  }
}
