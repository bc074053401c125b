package id.naikkelas.registry;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.registry.claims.MyClaim;
import id.naikkelas.registry.claims.OwnerClaims;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything held about the signed-in owner and every processing of it (UU 27/2022): their own full
 * NIK and phone included, and who processed it as a unit and role, never an officer's account or
 * address. An account whose claim on an owner is not proven yet gets only its claim: nothing of the
 * owner's record. The request itself is recorded.
 */
@Service
@Transactional
public class MyData {

  private final Registry registry;
  private final OwnerClaims claims;
  private final ProcessingHistory history;
  private final PersonalDataCipher cipher;
  private final AuditTrail audit;

  MyData(
      Registry registry,
      OwnerClaims claims,
      ProcessingHistory history,
      PersonalDataCipher cipher,
      AuditTrail audit) {
    this.registry = registry;
    this.claims = claims;
    this.history = history;
    this.cipher = cipher;
    this.audit = audit;
  }

  public Map<String, Object> of(Actor owner) {
    Optional<Owner> self = registry.ownerOf(owner);
    List<BusinessDetail> own = registry.ownBusinesses(owner);
    Optional<MyClaim> claim = claims.mine(owner);
    Map<String, Collection<String>> records = new LinkedHashMap<>();
    Map<String, Object> data = null;
    if (self.isPresent()) {
      Owner o = self.get();
      audit.record(
          AuditAction.READ_PERSONAL_DATA,
          Registry.OWNER,
          o.id(),
          o.villageCode(),
          null,
          Map.of("via", "data subject request"));
      data = new LinkedHashMap<>(o.auditSnapshot());
      data.put("nik", cipher.decrypt(o.nikCipher()));
      data.put("phone", o.phoneCipher() == null ? null : cipher.decrypt(o.phoneCipher()));
      records.put(Registry.OWNER, List.of(String.valueOf(o.id())));
    }
    records.put(Registry.BUSINESS, own.stream().map(b -> String.valueOf(b.id())).toList());
    // the account's own claim, and on the owner's record every claim anyone made on it
    records.put(OwnerClaims.CLAIM, claims.recordIds(owner.id(), self.map(Owner::id)));
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("owner", data);
    report.put("businesses", own);
    report.put("claims", claim.map(List::of).orElse(List.of()));
    report.put("processing", new ArrayList<>(history.of(records)));
    return report;
  }
}
