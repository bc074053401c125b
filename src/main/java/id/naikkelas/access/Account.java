package id.naikkelas.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A login: who, with which role and region scope, and the state of its password and lock. */
@Entity
@Table(name = "account")
class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String username;

  @Column(nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  private String scope;

  private boolean enabled = true;

  private int failedLogins;

  private Instant lockedUntil;

  @Column(nullable = false)
  private Instant passwordChangedAt;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  /** Moves on whenever a signed-in session must no longer be trusted (decision 0013). */
  private long sessionEpoch;

  private String contactCipher;

  private String contactMasked;

  @Version private long version;

  protected Account() {}

  Account(
      String username, String passwordHash, String fullName, Role role, String scope, Instant now) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.fullName = fullName;
    this.role = role;
    this.scope = role.needsScope() ? scope : null;
    this.passwordChangedAt = now;
    this.createdAt = now;
  }

  /** A new password: the lock is lifted and every session signed in before ends. */
  void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
    this.failedLogins = 0;
    this.lockedUntil = null;
    endSessions();
  }

  /** Name, role and scope; a new role or scope ends the sessions signed in under the old ones. */
  void assign(String fullName, Role role, String scope) {
    String newScope = role.needsScope() ? scope : null;
    if (role != this.role || !java.util.Objects.equals(newScope, this.scope)) {
      endSessions();
    }
    this.fullName = fullName;
    this.role = role;
    this.scope = newScope;
  }

  void enable() {
    if (!enabled) {
      endSessions();
    }
    this.enabled = true;
  }

  void disable() {
    if (enabled) {
      endSessions();
    }
    this.enabled = false;
  }

  /** Every session signed in before this moment stops working at its next request. */
  void endSessions() {
    sessionEpoch++;
  }

  void contact(String cipher, String masked) {
    this.contactCipher = cipher;
    this.contactMasked = masked;
  }

  /** Counts a failed login; the failure that reaches the limit locks the account for a while. */
  boolean recordFailedLogin(int limit, Duration lockFor, Instant now) {
    failedLogins++;
    if (failedLogins >= limit) {
      lockedUntil = now.plus(lockFor);
      failedLogins = 0;
      return true;
    }
    return false;
  }

  void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  /** The owner followed an unlock link: the account-wide count and lock are cleared. */
  void unlock() {
    recordSuccessfulLogin();
  }

  boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  boolean passwordExpiredAt(Instant now, Duration maxAge) {
    return !maxAge.isZero() && passwordChangedAt.plus(maxAge).isBefore(now);
  }

  /** The fields the audit trail records: never the password hash. */
  Map<String, Object> auditSnapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("username", username);
    values.put("fullName", fullName);
    values.put("role", role.name());
    values.put("scope", scope);
    values.put("enabled", enabled);
    values.put("lockedUntil", lockedUntil == null ? null : lockedUntil.toString());
    values.put("passwordChangedAt", passwordChangedAt.toString());
    values.put("contact", contactMasked);
    values.put("sessionEpoch", sessionEpoch);
    return values;
  }

  AccountView view(Instant now) {
    return new AccountView(
        id, username, fullName, role, scope, enabled, isLockedAt(now), createdAt, contactMasked);
  }

  Actor actor() {
    return new Actor(id, username, fullName, role, scope);
  }

  Long id() {
    return id;
  }

  String username() {
    return username;
  }

  String passwordHash() {
    return passwordHash;
  }

  Role role() {
    return role;
  }

  String scope() {
    return scope;
  }

  boolean enabled() {
    return enabled;
  }

  long sessionEpoch() {
    return sessionEpoch;
  }

  String contactCipher() {
    return contactCipher;
  }
}
