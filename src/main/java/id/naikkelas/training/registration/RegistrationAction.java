package id.naikkelas.training.registration;

import static id.naikkelas.training.registration.RegistrationStatus.APPLIED;
import static id.naikkelas.training.registration.RegistrationStatus.CANCELLED;
import static id.naikkelas.training.registration.RegistrationStatus.CONFIRMED;
import static id.naikkelas.training.registration.RegistrationStatus.EXPIRED;
import static id.naikkelas.training.registration.RegistrationStatus.PENDING;
import static id.naikkelas.training.registration.RegistrationStatus.REFUSED;
import static id.naikkelas.training.registration.RegistrationStatus.WAITLISTED;
import static id.naikkelas.training.registration.RegistrationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The transitions of a registration: each action names the statuses it may start from and the
 * status it leads to. Registrations change in single statements (decision 0010: {@link Places},
 * selection, disputes), which take their "from" list and target from here, so the rule and the
 * statement cannot disagree; {@code RegistrationActionAgreementTest} runs every status through
 * both. {@link #apply} is the rule for one registration in memory.
 */
public enum RegistrationAction {
  /** The person (or an officer for them) gives up the place. */
  WITHDRAW(WITHDRAWN, PENDING, APPLIED, CONFIRMED, WAITLISTED),
  /** Not confirmed from the phone in time. */
  EXPIRE(EXPIRED, PENDING),
  /** Confirmed for a NIK that already holds a registration of the event. */
  REFUSE(REFUSED, PENDING),
  /** Gives its place to the person who proved the NIK theirs to an officer. */
  CANCEL(CANCELLED, PENDING, APPLIED, CONFIRMED, WAITLISTED),
  /** The next in line takes a freed seat. */
  PROMOTE(CONFIRMED, WAITLISTED);

  private final RegistrationStatus target;
  private final Set<RegistrationStatus> from;

  RegistrationAction(
      RegistrationStatus target, RegistrationStatus first, RegistrationStatus... rest) {
    this.target = target;
    this.from = EnumSet.of(first, rest);
  }

  public RegistrationStatus target() {
    return target;
  }

  public Set<RegistrationStatus> from() {
    return from;
  }

  public boolean allows(RegistrationStatus current) {
    return from.contains(current);
  }

  /** The status after this action, or refused naming the current status. */
  public RegistrationStatus apply(RegistrationStatus current) {
    if (!allows(current)) {
      throw new RegistrationRefused(current, apiName());
    }
    return target;
  }

  /** The action as the API names it ({@code withdraw}, {@code promote}). */
  public String apiName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  RegistrationStatus[] fromArray() {
    return from.toArray(RegistrationStatus[]::new);
  }
}
