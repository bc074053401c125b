package id.naikkelas.access.api;

import id.naikkelas.access.Role;

/**
 * An administrator's edit of an account; omit {@code newPassword} to keep the password, omit {@code
 * contact} to keep it or send it empty to remove it.
 */
record UserUpdateRequest(
    String fullName,
    Role role,
    String scope,
    Boolean enabled,
    String newPassword,
    String contact) {}
