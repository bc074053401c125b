package id.naikkelas.registry.selfservice;

import id.naikkelas.access.Accounts;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.AddressThrottle;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.CheckedDraft;
import id.naikkelas.registry.ClaimedOwners;
import id.naikkelas.registry.ClaimedOwners.ClaimedOwner;
import id.naikkelas.registry.DraftChecker;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.claims.OwnerClaims;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners register themselves: an OWNER account and a DRAFT business, in one transaction so that a
 * refused business leaves no orphan account. Limited per client address; bots that fill the hidden
 * field get the same answer as a bad form.
 *
 * <p>A NIK is no proof of identity: registering with the NIK of an owner already in the registry
 * opens a claim on that owner ({@link OwnerClaims}) and holds the business there; the owner's
 * record is untouched until the claim is proven. Both cases answer alike, so the answer does not
 * tell whether a NIK is known.
 */
@Service
public class SelfRegistration {

  static final int PER_ADDRESS_PER_HOUR = 10;

  private final Accounts accounts;
  private final Registry registry;
  private final OwnerClaims claims;
  private final DraftChecker checker;
  private final ClaimedOwners owners;
  private final PersonalDataCipher cipher;
  private final Regions regions;
  private final Clock clock;
  private final AddressThrottle throttle =
      new AddressThrottle(PER_ADDRESS_PER_HOUR, Duration.ofHours(1));

  SelfRegistration(
      Accounts accounts,
      Registry registry,
      OwnerClaims claims,
      DraftChecker checker,
      ClaimedOwners owners,
      PersonalDataCipher cipher,
      Regions regions,
      Clock clock) {
    this.accounts = accounts;
    this.registry = registry;
    this.claims = claims;
    this.checker = checker;
    this.owners = owners;
    this.cipher = cipher;
    this.regions = regions;
    this.clock = clock;
  }

  @Transactional
  public void register(SelfRegistrationForm form, String clientAddress) {
    throttle.check(clientAddress);
    List<FieldProblem> problems = new ArrayList<>();
    if (form.website() != null && !form.website().isBlank()) {
      problems.add(new FieldProblem("website", "selfRegistration.rejected"));
    }
    if (!Boolean.TRUE.equals(form.processingConsent())) {
      problems.add(new FieldProblem("processingConsent", "selfRegistration.consent.required"));
    }
    if (form.password() == null || !form.password().equals(form.confirmPassword())) {
      problems.add(new FieldProblem("confirmPassword", "password.mismatch"));
    }
    if (form.business() == null) {
      problems.add(new FieldProblem("business", "registry.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String ownerName = form.business().ownerName() == null ? "" : form.business().ownerName();
    long accountId = accounts.registerOwner(form.username(), form.password(), ownerName);
    Actor deployment =
        new Actor(accountId, "self-registration", "", Role.OFFICER, regions.deploymentRoot());
    DraftChecker.Result checked = checker.check(form.business(), deployment);
    if (!checked.valid()) {
      throw new InvalidInputException(checked.problems());
    }
    CheckedDraft d = checked.draft();
    Optional<ClaimedOwner> known = owners.findByNikHash(cipher.hash(d.nik().value()));
    if (known.isEmpty()) {
      registry.registerByOwner(accountId, form.business(), clock.instant());
      return;
    }
    // what a new owner would be refused, in the same words: a NIB of any other business
    if (d.nib() != null && registry.nibTaken(d.nib())) {
      throw new ConflictException("nib", "registry.nib.taken", d.nib());
    }
    claims.open(
        accountId,
        accounts.self(new Actor(accountId, "", "", Role.OWNER, null)).username(),
        known.get(),
        form.business(),
        clock.instant());
  }
}
