package id.naikkelas.access;

/**
 * What it takes to open an account; {@code contact} (optional) is the e-mail address or phone the
 * account's unlock links go to.
 */
public record NewAccount(
    String username, String password, String fullName, Role role, String scope, String contact) {

  public NewAccount(String username, String password, String fullName, Role role, String scope) {
    this(username, password, fullName, role, scope, null);
  }
}
