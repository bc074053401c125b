package id.naikkelas.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in account of this request, for modules that filter by the caller's scope. */
@Component
public class CurrentActor {

  public Optional<Actor> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof AccountPrincipal principal
        ? Optional.of(principal.actor())
        : Optional.empty();
  }

  /** The caller, who must be signed in. */
  public Actor require() {
    return get().orElseThrow(() -> new IllegalStateException("no signed-in account"));
  }
}
