package id.naikkelas.access;

/**
 * An administrator's edit of an account; a blank {@code newPassword} keeps the password, a null
 * {@code contact} keeps the contact and a blank one removes it.
 */
public record AccountChanges(
    String fullName, Role role, String scope, boolean enabled, String newPassword, String contact) {

  public AccountChanges(
      String fullName, Role role, String scope, boolean enabled, String newPassword) {
    this(fullName, role, scope, enabled, newPassword, null);
  }
}
