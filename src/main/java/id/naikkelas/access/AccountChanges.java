package id.naikkelas.access;

/** An administrator's edit of an account; a blank {@code newPassword} keeps the password. */
public record AccountChanges(
    String fullName, Role role, String scope, boolean enabled, String newPassword) {}
