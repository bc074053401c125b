package id.naikkelas.access.api;

import id.naikkelas.access.Role;
import jakarta.validation.constraints.NotNull;

/**
 * An account to open: every role but OWNER needs a region scope; {@code contact} (optional) is the
 * e-mail address or phone that unlock links go to.
 */
record UserRequest(
    @NotNull String username,
    @NotNull String password,
    @NotNull String fullName,
    @NotNull Role role,
    String scope,
    String contact) {}
