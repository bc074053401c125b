package id.naikkelas.access;

import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.region.Regions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, editing and disabling accounts. An administrator sees and manages only accounts inside
 * their own region scope, and can hand out only scopes inside it. Every change is audited.
 */
@Service
@Transactional
public class Accounts {

  static final String AUDIT_TYPE = "account";

  private final AccountRepository repository;
  private final AccountRules rules;
  private final PasswordPolicy policy;
  private final PasswordHistory history;
  private final PasswordEncoder encoder;
  private final Passwords passwords;
  private final AccountContacts contacts;
  private final ApiTokens tokens;
  private final Regions regions;
  private final AuditTrail audit;
  private final Clock clock;

  Accounts(
      AccountRepository repository,
      AccountRules rules,
      PasswordPolicy policy,
      PasswordHistory history,
      PasswordEncoder encoder,
      Passwords passwords,
      AccountContacts contacts,
      ApiTokens tokens,
      Regions regions,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.rules = rules;
    this.policy = policy;
    this.history = history;
    this.encoder = encoder;
    this.passwords = passwords;
    this.contacts = contacts;
    this.tokens = tokens;
    this.regions = regions;
    this.audit = audit;
    this.clock = clock;
  }

  /** Opens an account on behalf of {@code by}; answers its id. */
  public long create(Actor by, NewAccount command) {
    String username = AccountUserDetailsService.normalise(command.username());
    List<FieldProblem> problems = rules.checkNew(username, command.password(), command.fullName());
    AccountRules.checkNameText(command.fullName(), problems);
    rules.checkRoleAndScope(command.role(), command.scope(), problems);
    Optional<String> contact = contacts.check(command.contact(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String scope = AccountRules.scopeFor(command.role(), command.scope());
    checkGrantable(by, command.role(), scope);
    return open(username, command.password(), command.fullName(), command.role(), scope, contact);
  }

  /**
   * A business owner opens their own account (self-registration): role OWNER, no scope. The caller
   * must run this in the transaction that also stores the business, so both or neither are kept.
   */
  public long registerOwner(String username, String password, String fullName) {
    String name = AccountUserDetailsService.normalise(username);
    List<FieldProblem> problems = rules.checkNew(name, password, fullName);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return open(name, password, fullName, Role.OWNER, null, Optional.empty());
  }

  /** Stores a checked new account with its first password in the history, audited. */
  private long open(
      String username,
      String password,
      String fullName,
      Role role,
      String scope,
      Optional<String> contact) {
    if (repository.existsByUsername(username)) {
      throw new ConflictException("username", "account.username.taken", username);
    }
    Instant now = clock.instant();
    String hash = encoder.encode(password);
    Account fresh = new Account(username, hash, fullName.strip(), role, scope, now);
    contacts.store(fresh, contact);
    Account account = repository.save(fresh);
    history.remember(account.id(), hash, now);
    audit.record(
        AuditAction.CREATE,
        AUDIT_TYPE,
        account.id(),
        account.scope(),
        null,
        account.auditSnapshot());
    return account.id();
  }

  /**
   * An administrator's edit: name, role, scope, enabled, contact and optionally a new password. A
   * new role, scope, enabled state or password ends the account's sessions and revokes its tokens.
   */
  public void update(Actor by, long id, AccountChanges changes) {
    Account account = inScope(by, id);
    List<FieldProblem> problems = new ArrayList<>();
    AccountRules.checkName(changes.fullName(), problems);
    AccountRules.checkNameText(changes.fullName(), problems);
    rules.checkRoleAndScope(changes.role(), changes.scope(), problems);
    Optional<String> contact = contacts.check(changes.contact(), problems);
    boolean newPassword = changes.newPassword() != null && !changes.newPassword().isEmpty();
    if (newPassword && problems.isEmpty()) {
      problems.addAll(passwords.check(account, "newPassword", changes.newPassword()));
    } else if (newPassword) {
      problems.addAll(policy.check("newPassword", changes.newPassword(), account.username()));
    }
    if (by.id() == id && (!changes.enabled() || changes.role() != account.role())) {
      problems.add(new FieldProblem("enabled", "account.self.lockout"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String scope = AccountRules.scopeFor(changes.role(), changes.scope());
    checkGrantable(by, changes.role(), scope);
    Map<String, Object> before = account.auditSnapshot();
    long epoch = account.sessionEpoch();
    account.assign(changes.fullName().strip(), changes.role(), scope);
    if (changes.enabled()) {
      account.enable();
    } else {
      account.disable();
    }
    if (changes.contact() != null) {
      contacts.store(account, contact);
    }
    if (newPassword) {
      passwords.set(account, changes.newPassword());
    } else if (account.sessionEpoch() != epoch) {
      tokens.revokeAll(id);
    }
    audit.record(
        AuditAction.UPDATE, AUDIT_TYPE, id, account.scope(), before, account.auditSnapshot());
  }

  /** Disables or re-enables an account; either ends its sessions and revokes its tokens. */
  public void setEnabled(Actor by, long id, boolean enabled) {
    Account account = inScope(by, id);
    if (by.id() == id && !enabled) {
      throw new InvalidInputException("enabled", "account.self.lockout");
    }
    Map<String, Object> before = account.auditSnapshot();
    long epoch = account.sessionEpoch();
    if (enabled) {
      account.enable();
    } else {
      account.disable();
    }
    if (account.sessionEpoch() != epoch) {
      tokens.revokeAll(id);
    }
    audit.record(
        AuditAction.UPDATE, AUDIT_TYPE, id, account.scope(), before, account.auditSnapshot());
  }

  /** The signed-in user changes their own password, proving the current one. */
  public void changeOwnPassword(Actor self, String currentPassword, String newPassword) {
    passwords.changeOwn(self, currentPassword, newPassword);
  }

  @Transactional(readOnly = true)
  public Page<AccountView> search(Actor by, String text, Role role, Pageable pageable) {
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    return repository
        .searchInScope(requireScope(by), seesOwners(by), needle, role, pageable)
        .map(account -> account.view(now));
  }

  @Transactional(readOnly = true)
  public AccountView find(Actor by, long id) {
    return inScope(by, id).view(clock.instant());
  }

  @Transactional(readOnly = true)
  public AccountView self(Actor self) {
    return repository
        .findById(self.id())
        .orElseThrow(() -> new NotFoundException("account", self.id()))
        .view(clock.instant());
  }

  @Transactional(readOnly = true)
  public boolean exists(String username) {
    return repository.existsByUsername(AccountUserDetailsService.normalise(username));
  }

  private Account inScope(Actor by, long id) {
    return repository
        .findInScope(id, requireScope(by), seesOwners(by))
        .orElseThrow(() -> new NotFoundException("account", id));
  }

  /** Owners have no region yet: only administrators of the whole deployment manage them. */
  private boolean seesOwners(Actor by) {
    return by.covers(regions.deploymentRoot());
  }

  private static String requireScope(Actor by) {
    if (by.role() != Role.ADMIN || by.scope() == null) {
      throw new ForbiddenException("problem.forbidden");
    }
    return by.scope();
  }

  /** An administrator may hand out only scopes inside their own. */
  private static void checkGrantable(Actor by, Role role, String scope) {
    requireScope(by);
    if (role.needsScope() && !by.covers(scope)) {
      throw new ForbiddenException("account.scope.outsideYours");
    }
  }
}
