package id.naikkelas.training.registration;

import id.naikkelas.platform.IllegalTransitionException;

/** A registration action its current status does not allow (409 naming the status). */
public class RegistrationRefused extends IllegalTransitionException {

  RegistrationRefused(RegistrationStatus current, String action) {
    super(current, action);
  }
}
