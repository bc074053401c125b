package id.naikkelas.access;

import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and locks the account when they reach the limit; a success
 * clears the count. Works for the login page and the token endpoint alike.
 */
@Component
class LoginAttempts {

  private final AccountRepository accounts;
  private final SecuritySettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  LoginAttempts(
      AccountRepository accounts, SecuritySettings settings, AuditTrail audit, Clock clock) {
    this.accounts = accounts;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  @EventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(AuthenticationFailureBadCredentialsEvent event) {
    accounts
        .findByUsername(AccountUserDetailsService.normalise(event.getAuthentication().getName()))
        .ifPresent(
            account -> {
              Map<String, Object> before = account.auditSnapshot();
              boolean locked =
                  account.recordFailedLogin(
                      settings.maxFailedLogins(), settings.lockDuration(), clock.instant());
              if (locked) {
                audit.record(
                    AuditAction.UPDATE,
                    Accounts.AUDIT_TYPE,
                    account.id(),
                    account.scope(),
                    before,
                    account.auditSnapshot());
              }
            });
  }

  @EventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
      accounts.findById(principal.actor().id()).ifPresent(Account::recordSuccessfulLogin);
    }
  }
}
