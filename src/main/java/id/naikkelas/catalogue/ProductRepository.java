package id.naikkelas.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends JpaRepository<Product, Long> {

  List<Product> findByBusinessIdOrderByIdAsc(long businessId);

  /** Products whose village lies inside the scope, most recently changed first. */
  @org.springframework.data.jpa.repository.Query(
      """
      select p from Product p
      where p.villageCode = :scope or p.villageCode like concat(:scope, '.%')
      order by p.updatedAt desc""")
  List<Product> findInScope(
      @org.springframework.data.repository.query.Param("scope") String scope,
      org.springframework.data.domain.Pageable pageable);
}
