package id.naikkelas.access.api;

import id.naikkelas.access.AccountView;
import id.naikkelas.access.Role;
import java.time.Instant;

/** An account as the API shows it. */
record UserResponse(
    long id,
    String username,
    String fullName,
    Role role,
    String scope,
    boolean enabled,
    boolean locked,
    Instant createdAt,
    String contactMasked) {

  static UserResponse of(AccountView view) {
    return new UserResponse(
        view.id(),
        view.username(),
        view.fullName(),
        view.role(),
        view.scope(),
        view.enabled(),
        view.locked(),
        view.createdAt(),
        view.contactMasked());
  }
}
