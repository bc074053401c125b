package id.naikkelas.access;

import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.notification.Notifications;
import id.naikkelas.platform.PublicUrl;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links that lift a sign-in lock, sent through the outbox to the account's own contact when a lock
 * engages: a single-use random token of which only the SHA-256 is stored, valid for {@code
 * naikkelas.security.unlock-link-ttl}. At most one link per lock period is sent, so a stranger
 * cannot flood the owner with messages.
 */
@Service
@Transactional
public class UnlockLinks {

  static final String TOPIC = "access.unlock";
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final AccountRepository accounts;
  private final AccountContacts contacts;
  private final LoginLocks locks;
  private final Notifications notifications;
  private final MessageSource messages;
  private final AuditTrail audit;
  private final SecuritySettings settings;
  private final Clock clock;
  private final PublicUrl publicUrl;

  UnlockLinks(
      JdbcClient jdbc,
      AccountRepository accounts,
      AccountContacts contacts,
      LoginLocks locks,
      Notifications notifications,
      MessageSource messages,
      AuditTrail audit,
      SecuritySettings settings,
      Clock clock,
      PublicUrl publicUrl) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.contacts = contacts;
    this.locks = locks;
    this.notifications = notifications;
    this.messages = messages;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  /** Queues a link to the account's contact, unless it has none or got one this lock period. */
  void offer(Account account) {
    Optional<String> contact = contacts.of(account);
    Instant now = clock.instant();
    if (contact.isEmpty() || sentSince(account.id(), now.minus(settings.lockDuration()))) {
      return;
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    jdbc.sql(
            "insert into unlock_link (token_hash, account_id, issued_at, expires_at) values (?, ?, ?, ?)")
        .params(
            ApiTokens.hash(token),
            account.id(),
            Timestamp.from(now),
            Timestamp.from(now.plus(settings.unlockLinkTtl())))
        .update();
    Object[] args = {
      account.username(),
      publicUrl.of("/login/unlock/" + token),
      settings.unlockLinkTtl().toMinutes()
    };
    notifications.queue(
        AccountContacts.channelOf(contact.get()),
        contact.get(),
        messages.getMessage("login.unlock.message.subject", args, INDONESIAN),
        messages.getMessage("login.unlock.message.body", args, INDONESIAN),
        TOPIC,
        account.id(),
        account.scope());
  }

  /** True while the link is unused and unexpired (the confirm page). */
  @Transactional(readOnly = true)
  public boolean usable(String token) {
    return wellFormed(token)
        && jdbc.sql(
                    "select count(*) from unlock_link where token_hash = ? and used_at is null"
                        + " and expires_at > ?")
                .params(ApiTokens.hash(token.strip()), Timestamp.from(clock.instant()))
                .query(Long.class)
                .single()
            > 0;
  }

  /** Uses the link once: lifts every lock of its account, audited. False when unusable. */
  public boolean unlock(String token) {
    if (!wellFormed(token)) {
      return false;
    }
    Timestamp now = Timestamp.from(clock.instant());
    Optional<Long> accountId =
        jdbc.sql(
                "update unlock_link set used_at = ? where token_hash = ? and used_at is null"
                    + " and expires_at > ? returning account_id")
            .params(now, ApiTokens.hash(token.strip()), now)
            .query(Long.class)
            .optional();
    accountId.flatMap(accounts::findById).ifPresent(this::lift);
    return accountId.isPresent();
  }

  private void lift(Account account) {
    Map<String, Object> before = account.auditSnapshot();
    account.unlock();
    locks.clearAll(account.id());
    Map<String, Object> after = new LinkedHashMap<>(account.auditSnapshot());
    after.put("unlockedBy", "link");
    audit.record(
        AuditAction.UPDATE, Accounts.AUDIT_TYPE, account.id(), account.scope(), before, after);
  }

  private static boolean wellFormed(String token) {
    return token != null && !token.isBlank() && token.length() <= 100;
  }

  private boolean sentSince(long accountId, Instant since) {
    return jdbc.sql(
                "select count(*) from unlock_link where account_id = ? and used_at is null and issued_at > ?")
            .params(accountId, Timestamp.from(since))
            .query(Long.class)
            .single()
        > 0;
  }
}
