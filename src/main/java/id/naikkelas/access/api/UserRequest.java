package id.naikkelas.access.api;

import id.naikkelas.access.Role;

/**
 * An account to open: every role but OWNER needs a region scope; {@code contact} (optional) is the
 * e-mail address or phone that unlock links go to.
 */
record UserRequest(
    String username, String password, String fullName, Role role, String scope, String contact) {}
