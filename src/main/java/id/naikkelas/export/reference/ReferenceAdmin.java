package id.naikkelas.export.reference;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.ForbiddenException;

/** Reference data is the same for the whole deployment: only administrators change it. */
final class ReferenceAdmin {

  private ReferenceAdmin() {}

  static void require(Actor by) {
    if (by == null || by.role() != Role.ADMIN) {
      throw new ForbiddenException("problem.forbidden");
    }
  }

  /** A text an admin typed, stripped; null when blank. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
