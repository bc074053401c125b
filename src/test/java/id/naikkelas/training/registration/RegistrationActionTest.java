package id.naikkelas.training.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The registration rule: every refused transition names the status it was refused in. */
class RegistrationActionTest {

  @Test
  void withdrawing_is_refused_once_the_registration_no_longer_holds_or_waits_for_a_place() {
    for (RegistrationStatus s :
        new RegistrationStatus[] {
          RegistrationStatus.WITHDRAWN,
          RegistrationStatus.EXPIRED,
          RegistrationStatus.REFUSED,
          RegistrationStatus.CANCELLED
        }) {
      refused(RegistrationAction.WITHDRAW, s);
    }
    assertThat(RegistrationAction.WITHDRAW.apply(RegistrationStatus.WAITLISTED))
        .isEqualTo(RegistrationStatus.WITHDRAWN);
  }

  @Test
  void only_a_waitlisted_registration_is_promoted() {
    assertThat(RegistrationAction.PROMOTE.apply(RegistrationStatus.WAITLISTED))
        .isEqualTo(RegistrationStatus.CONFIRMED);
    for (RegistrationStatus s : RegistrationStatus.values()) {
      if (s != RegistrationStatus.WAITLISTED) {
        refused(RegistrationAction.PROMOTE, s);
      }
    }
  }

  @Test
  void only_a_pending_registration_expires_or_is_refused() {
    for (RegistrationStatus s : RegistrationStatus.values()) {
      if (s != RegistrationStatus.PENDING) {
        refused(RegistrationAction.EXPIRE, s);
        refused(RegistrationAction.REFUSE, s);
      }
    }
  }

  @Test
  void a_registration_already_out_is_not_cancelled() {
    refused(RegistrationAction.CANCEL, RegistrationStatus.WITHDRAWN);
    refused(RegistrationAction.CANCEL, RegistrationStatus.CANCELLED);
  }

  private static void refused(RegistrationAction action, RegistrationStatus s) {
    assertThatThrownBy(() -> action.apply(s))
        .isInstanceOfSatisfying(
            RegistrationRefused.class,
            e -> {
              assertThat(e.currentState()).isEqualTo(s.name());
              assertThat(e.action()).isEqualTo(action.apiName());
            });
  }
}
