package id.naikkelas.access;

import id.naikkelas.platform.ScopedPrincipal;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security view of an account for one request or session. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, ScopedPrincipal {

  private final Actor actor;
  private String passwordHash;
  private final boolean enabled;
  private final boolean locked;
  private final boolean passwordExpired;

  AccountPrincipal(
      Actor actor, String passwordHash, boolean enabled, boolean locked, boolean passwordExpired) {
    this.actor = actor;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
    this.locked = locked;
    this.passwordExpired = passwordExpired;
  }

  Actor actor() {
    return actor;
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
