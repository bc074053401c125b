package id.naikkelas.registry;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Businesses; {@code findInScope} sees only those whose village lies inside the scope. */
interface BusinessRepository extends JpaRepository<Business, Long> {

  @Query(
      """
      select b from Business b
      where b.id = :id and (b.villageCode = :scope or b.villageCode like concat(:scope, '.%'))""")
  Optional<Business> findInScope(@Param("id") long id, @Param("scope") String scope);

  Optional<Business> findByNib(String nib);

  java.util.List<Business> findByOwnerIdOrderByIdAsc(Long ownerId);

  Optional<Business> findByOwnerIdAndNameKey(Long ownerId, String nameKey);
}
