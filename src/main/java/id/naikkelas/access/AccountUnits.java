package id.naikkelas.access;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role and region scope of an account named in a record (an audit line), so that people shown
 * who processed their data see the unit (e.g. an officer of Kecamatan Sukodadi), not the account.
 */
@Service
public class AccountUnits {

  /** The role and scope (null for owners) of an account. */
  public record Unit(Role role, String scope) {}

  private final AccountRepository repository;

  AccountUnits(AccountRepository repository) {
    this.repository = repository;
  }

  /** The account's current role and scope; empty for a name that is no account (e.g. system). */
  @Transactional(readOnly = true)
  public Optional<Unit> of(String username) {
    return username == null
        ? Optional.empty()
        : repository.findByUsername(username).map(a -> new Unit(a.role(), a.scope()));
  }
}
