package id.naikkelas.registry;

import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner records that claims (registry/claims) and self-registration (registry/selfservice) work
 * on: what a claim needs of the owner, the owner a NIK belongs to, the link of a proven claim's
 * account to the owner, and the storing of the business the claim held.
 */
@Component
@Transactional
public class ClaimedOwners {

  /** What a claim needs of the owner it is made on; the phone stays encrypted. */
  public record ClaimedOwner(
      long id,
      Long accountId,
      String phoneCipher,
      String villageCode,
      String nikMasked,
      String name,
      LocalDate birthDate) {

    static ClaimedOwner of(Owner owner) {
      return new ClaimedOwner(
          owner.id(),
          owner.accountId(),
          owner.phoneCipher(),
          owner.villageCode(),
          owner.nikMasked(),
          owner.name(),
          owner.birthDate());
    }
  }

  private final OwnerRepository owners;
  private final Registry registry;
  private final AuditTrail audit;

  ClaimedOwners(OwnerRepository owners, Registry registry, AuditTrail audit) {
    this.owners = owners;
    this.registry = registry;
    this.audit = audit;
  }

  public ClaimedOwner find(long ownerId) {
    return ClaimedOwner.of(owners.findById(ownerId).orElseThrow());
  }

  /** The owner a NIK hash belongs to, when the registry knows one. */
  public Optional<ClaimedOwner> findByNikHash(String nikHash) {
    return owners.findByNikHash(nikHash).map(ClaimedOwner::of);
  }

  /**
   * The account of a proven claim now holds the owner (taking it from an account that held it);
   * audited on the owner's record with {@code via} naming the claim.
   */
  public void linkClaimedAccount(long ownerId, long accountId, Instant consentAt, String via) {
    Owner owner = owners.findById(ownerId).orElseThrow();
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("account", owner.accountId());
    owner.linkClaimedAccount(accountId, consentAt);
    owners.save(owner);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("account", accountId);
    after.put("via", via);
    audit.record(
        AuditAction.UPDATE, Registry.OWNER, owner.id(), owner.villageCode(), before, after);
  }

  /** Stores the business a proven claim held as the owner's DRAFT; its id, unless refused. */
  public Optional<Long> registerClaimed(long ownerId, BusinessDraft draft) {
    return registry.registerClaimed(owners.findById(ownerId).orElseThrow(), draft);
  }
}
