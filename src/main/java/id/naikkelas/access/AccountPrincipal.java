package id.naikkelas.access;

import id.naikkelas.platform.ScopedPrincipal;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security view of an account for one request or session. {@code sessionEpoch} is the account's
 * epoch at sign-in: a session whose epoch is no longer the account's is ended ({@link
 * SessionFollowsAccountFilter}).
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, ScopedPrincipal {

  private final Actor actor;
  private String passwordHash;
  private final boolean enabled;
  private final boolean locked;
  private final boolean passwordExpired;
  private final long sessionEpoch;

  AccountPrincipal(
      Actor actor,
      String passwordHash,
      boolean enabled,
      boolean locked,
      boolean passwordExpired,
      long sessionEpoch) {
    this.actor = actor;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
    this.locked = locked;
    this.passwordExpired = passwordExpired;
    this.sessionEpoch = sessionEpoch;
  }

  Actor actor() {
    return actor;
  }

  long sessionEpoch() {
    return sessionEpoch;
  }

  @Override
  public String regionScope() {
    return actor.scope();
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(actor.role().authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isCredentialsNonExpired() {
    return !passwordExpired;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
