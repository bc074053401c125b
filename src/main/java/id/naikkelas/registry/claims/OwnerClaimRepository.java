package id.naikkelas.registry.claims;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Claims; the {@code InScope} queries see only claims on owners whose address is in the scope. */
interface OwnerClaimRepository extends JpaRepository<OwnerClaim, Long> {

  /** The account's claim, locked: two tries of a code at once count as two. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from OwnerClaim c where c.accountId = :accountId")
  Optional<OwnerClaim> lockByAccountId(@Param("accountId") long accountId);

  Optional<OwnerClaim> findByAccountId(long accountId);

  List<OwnerClaim> findByOwnerId(long ownerId);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query(
      """
      select c from OwnerClaim c, Owner o
      where c.id = :id and o.id = c.ownerId
        and (o.villageCode = :scope or o.villageCode like concat(:scope, '.%'))""")
  Optional<OwnerClaim> lockInScope(@Param("id") long id, @Param("scope") String scope);

  @Query(
      """
      select c from OwnerClaim c, Owner o
      where c.id = :id and o.id = c.ownerId
        and (o.villageCode = :scope or o.villageCode like concat(:scope, '.%'))""")
  Optional<OwnerClaim> findInScope(@Param("id") long id, @Param("scope") String scope);

  @Query(
      """
      select c from OwnerClaim c, Owner o
      where o.id = c.ownerId and c.status = id.naikkelas.registry.claims.ClaimStatus.PENDING
        and (o.villageCode = :scope or o.villageCode like concat(:scope, '.%'))
      order by c.openedAt, c.id""")
  List<OwnerClaim> pendingInScope(@Param("scope") String scope);

  /** Codes sent to one owner's phone by the claims opened since {@code since}. */
  @Query(
      "select sum(c.codesSent) from OwnerClaim c"
          + " where c.ownerId = :ownerId and c.codeAllowed = true and c.openedAt >= :since")
  Long codesSentTo(@Param("ownerId") long ownerId, @Param("since") Instant since);
}
