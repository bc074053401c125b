package id.naikkelas.registry;

import id.naikkelas.platform.Sex;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person who owns businesses. NIK and phone are held only encrypted, hashed and masked. */
@Entity
@Table(name = "owner")
class Owner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String nikCipher;
  private String nikHash;
  private String nikMasked;
  private String name;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Sex sex;

  private LocalDate birthDate;
  private String phoneCipher;
  private String phoneHash;
  private String phoneMasked;
  private String email;
  private String address;
  private String villageCode;
  private Long accountId;
  private Instant processingConsentAt;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected Owner() {}

  Owner(SealedIdentity identity, Instant now) {
    this.nikCipher = identity.nikCipher();
    this.nikHash = identity.nikHash();
    this.nikMasked = identity.nikMasked();
    this.sex = identity.sex();
    this.birthDate = identity.birthDate();
    this.createdAt = now;
  }

  void update(CheckedDraft draft, SealedPhone phone, Instant now) {
    this.name = draft.ownerName();
    this.phoneCipher = phone == null ? null : phone.cipher();
    this.phoneHash = phone == null ? null : phone.hash();
    this.phoneMasked = phone == null ? null : phone.masked();
    this.email = draft.email();
    this.address = draft.ownerAddress();
    this.villageCode = draft.ownerVillageCode();
    this.updatedAt = now;
  }

  /** Links the owner to the account they registered with, with their consent to processing. */
  void linkAccount(long accountId, Instant consentAt) {
    if (this.accountId != null) {
      throw new id.naikkelas.platform.ConflictException("nik", "selfRegistration.nik.hasAccount");
    }
    this.accountId = accountId;
    this.processingConsentAt = consentAt;
  }

  /**
   * A proven claim (the code to the phone on record, or an officer who saw the KTP) links the
   * account, replacing an account that held the owner before.
   */
  void linkClaimedAccount(long accountId, Instant consentAt) {
    this.accountId = accountId;
    this.processingConsentAt = consentAt;
  }

  Long accountId() {
    return accountId;
  }

  Map<String, Object> auditSnapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("nik", nikMasked);
    values.put("name", name);
    values.put("sex", sex.name());
    values.put("birthDate", birthDate.toString());
    values.put("phone", phoneMasked);
    values.put("email", email);
    values.put("address", address);
    values.put("villageCode", villageCode);
    return values;
  }

  Long id() {
    return id;
  }

  String nikHash() {
    return nikHash;
  }

  String nikCipher() {
    return nikCipher;
  }

  String nikMasked() {
    return nikMasked;
  }

  String name() {
    return name;
  }

  Sex sex() {
    return sex;
  }

  LocalDate birthDate() {
    return birthDate;
  }

  String phoneMasked() {
    return phoneMasked;
  }

  String phoneCipher() {
    return phoneCipher;
  }

  String email() {
    return email;
  }

  String address() {
    return address;
  }

  String villageCode() {
    return villageCode;
  }
}
