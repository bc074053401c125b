package id.naikkelas.registry;

import id.naikkelas.platform.ConflictException;

/** A status change the workflow does not allow from the current status. */
class IllegalBusinessTransition extends ConflictException {

  IllegalBusinessTransition(BusinessStatus from, BusinessStatus to) {
    super("status", "registry.status.transition", from.name(), to.name());
  }
}
