package id.naikkelas.access.web;

import id.naikkelas.access.AccountChanges;
import id.naikkelas.access.AccountView;
import id.naikkelas.access.NewAccount;
import id.naikkelas.access.Role;

/** The account form as the browser posts it, for both opening and editing an account. */
class AccountForm {

  private String username = "";
  private String password = "";
  private String fullName = "";
  private Role role = Role.OFFICER;
  private String scope = "";
  private boolean enabled = true;
  private String newPassword = "";
  private String contact = "";

  static AccountForm of(AccountView view) {
    AccountForm form = new AccountForm();
    form.username = view.username();
    form.fullName = view.fullName();
    form.role = view.role();
    form.scope = view.scope() == null ? "" : view.scope();
    form.enabled = view.enabled();
    return form;
  }

  NewAccount toNewAccount() {
    return new NewAccount(username, password, fullName, role, scope, contact);
  }

  /** A blank contact on the edit form keeps the one stored (the form never shows it in full). */
  AccountChanges toChanges() {
    return new AccountChanges(
        fullName, role, scope, enabled, newPassword, contact.isBlank() ? null : contact);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact == null ? "" : contact;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
