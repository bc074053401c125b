package id.naikkelas.registry;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Owners, found by the keyed hash of their NIK. */
interface OwnerRepository extends JpaRepository<Owner, Long> {

  Optional<Owner> findByNikHash(String nikHash);

  Optional<Owner> findByAccountId(Long accountId);
}
