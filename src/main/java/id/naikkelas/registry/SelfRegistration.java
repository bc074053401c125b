package id.naikkelas.registry;

import id.naikkelas.access.Accounts;
import id.naikkelas.platform.AddressThrottle;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners register themselves: an OWNER account and a DRAFT business, in one transaction so that a
 * refused business leaves no orphan account. Limited per client address; bots that fill the hidden
 * field get the same answer as a bad form.
 */
@Service
public class SelfRegistration {

  static final int PER_ADDRESS_PER_HOUR = 10;

  private final Accounts accounts;
  private final Registry registry;
  private final Clock clock;
  private final AddressThrottle throttle =
      new AddressThrottle(PER_ADDRESS_PER_HOUR, Duration.ofHours(1));

  SelfRegistration(Accounts accounts, Registry registry, Clock clock) {
    this.accounts = accounts;
    this.registry = registry;
    this.clock = clock;
  }

  @Transactional
  public Registered register(SelfRegistrationForm form, String clientAddress) {
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
    long accountId =
        accounts.registerOwner(
            form.username(),
            form.password(),
            form.business().ownerName() == null ? "" : form.business().ownerName());
    return registry.registerByOwner(accountId, form.business(), clock.instant());
  }
}
