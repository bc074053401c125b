package id.naikkelas.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The web session of the current request. After the account's own change (its password, or an
 * administrator editing their own account), every session of the account has ended: this one is
 * kept by signing it in again with the account's current state, under a new session id.
 */
@Component
public class SignedInSession {

  private final AccountRepository accounts;
  private final AccountUserDetailsService details;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  SignedInSession(AccountRepository accounts, AccountUserDetailsService details) {
    this.accounts = accounts;
    this.details = details;
  }

  /** Call after the change has committed. */
  @Transactional(readOnly = true)
  public void renew(HttpServletRequest request, HttpServletResponse response) {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (current == null
        || !(current.getPrincipal() instanceof AccountPrincipal signedIn)
        || request.getSession(false) == null) {
      return;
    }
    accounts
        .findById(signedIn.actor().id())
        .map(details::principal)
        .filter(AccountPrincipal::isEnabled)
        .ifPresent(
            fresh -> {
              fresh.eraseCredentials();
              var auth =
                  UsernamePasswordAuthenticationToken.authenticated(
                      fresh, null, fresh.getAuthorities());
              auth.setDetails(current.getDetails());
              SecurityContext context = SecurityContextHolder.createEmptyContext();
              context.setAuthentication(auth);
              SecurityContextHolder.setContext(context);
              try {
                request.changeSessionId();
                contexts.saveContext(context, request, response);
              } catch (IllegalStateException e) {
                // another request of this session saw the change first and ended it: sign in again
              }
            });
  }
}
