package id.naikkelas.access;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Accounts. The {@code InScope} queries take the caller's scope and see only accounts inside it;
 * owners, who have no scope, are seen only when {@code owners} is true (deployment-wide admins).
 */
interface AccountRepository extends JpaRepository<Account, Long> {

  Optional<Account> findByUsername(String username);

  boolean existsByUsername(String username);

  @Query(
      """
      select a from Account a
      where a.id = :id
        and ((a.scope is null and :owners = true)
             or a.scope = :scope or a.scope like concat(:scope, '.%'))""")
  Optional<Account> findInScope(
      @Param("id") long id, @Param("scope") String scope, @Param("owners") boolean owners);

  @Query(
      """
      select a from Account a
      where ((a.scope is null and :owners = true)
             or a.scope = :scope or a.scope like concat(:scope, '.%'))
        and (:text = '' or lower(a.username) like concat('%', :text, '%')
             or lower(a.fullName) like concat('%', :text, '%'))
        and (:role is null or a.role = :role)""")
  Page<Account> searchInScope(
      @Param("scope") String scope,
      @Param("owners") boolean owners,
      @Param("text") String text,
      @Param("role") Role role,
      Pageable pageable);
}
