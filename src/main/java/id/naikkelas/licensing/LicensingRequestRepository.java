package id.naikkelas.licensing;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LicensingRequestRepository extends JpaRepository<LicensingRequest, Long> {

  /** The request, its row locked for the transition about to be made. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from LicensingRequest r where r.id = :id")
  Optional<LicensingRequest> findForUpdate(@Param("id") long id);

  /**
   * The status as committed, read from the row it locks: not from an entity the transaction may
   * already hold, which a lock taken afterwards would not refresh.
   */
  @Query(
      value = "select status from licensing_request where id = :id for update",
      nativeQuery = true)
  Optional<String> lockedStatus(@Param("id") long id);
}
