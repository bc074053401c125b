package id.naikkelas.access;

import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password, by its owner or an administrator. A new password ends every session of the
 * account and revokes every API token (the owner's own page then renews its session: {@link
 * SignedInSession#renew}).
 */
@Service
@Transactional
public class Passwords {

  private final AccountRepository repository;
  private final PasswordPolicy policy;
  private final PasswordHistory history;
  private final PasswordEncoder encoder;
  private final ApiTokens tokens;
  private final AuditTrail audit;
  private final SecuritySettings settings;
  private final Clock clock;

  Passwords(
      AccountRepository repository,
      PasswordPolicy policy,
      PasswordHistory history,
      PasswordEncoder encoder,
      ApiTokens tokens,
      AuditTrail audit,
      SecuritySettings settings,
      Clock clock) {
    this.repository = repository;
    this.policy = policy;
    this.history = history;
    this.encoder = encoder;
    this.tokens = tokens;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** The signed-in user changes their own password, proving the current one. */
  public void changeOwn(Actor self, String currentPassword, String newPassword) {
    Account account =
        repository
            .findById(self.id())
            .orElseThrow(() -> new NotFoundException("account", self.id()));
    if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
      throw new InvalidInputException("currentPassword", "password.currentWrong");
    }
    List<FieldProblem> problems = check(account, "newPassword", newPassword);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<String, Object> before = account.auditSnapshot();
    set(account, newPassword);
    audit.record(
        AuditAction.UPDATE,
        Accounts.AUDIT_TYPE,
        account.id(),
        account.scope(),
        before,
        account.auditSnapshot());
  }

  /** The password rules and the history, for a new password of this account. */
  List<FieldProblem> check(Account account, String field, String password) {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    problems.addAll(policy.check(field, password, account.username()));
    if (problems.isEmpty()
        && history.wasRecentlyUsed(account.id(), password, settings.passwordHistory())) {
      problems.add(new FieldProblem(field, "password.recentlyUsed", settings.passwordHistory()));
    }
    return problems;
  }

  /** Stores a checked password: the account's sessions end and its tokens are revoked. */
  void set(Account account, String password) {
    Instant now = clock.instant();
    String hash = encoder.encode(password);
    account.changePassword(hash, now);
    history.remember(account.id(), hash, now);
    tokens.revokeAll(account.id());
  }
}
