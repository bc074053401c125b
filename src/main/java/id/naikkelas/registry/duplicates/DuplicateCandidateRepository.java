package id.naikkelas.registry.duplicates;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Pairs of likely duplicates; the finder inserts them with SQL, decisions go through here. */
interface DuplicateCandidateRepository extends JpaRepository<DuplicateCandidate, Long> {

  /** The pair, locked until the deciding transaction ends, so two officers cannot both decide. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from DuplicateCandidate c where c.id = :id")
  Optional<DuplicateCandidate> findLockedById(@Param("id") long id);
}
