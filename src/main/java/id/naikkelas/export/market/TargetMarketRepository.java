package id.naikkelas.export.market;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TargetMarketRepository extends JpaRepository<TargetMarket, Long> {

  List<TargetMarket> findByBusinessIdOrderByIdAsc(long businessId);

  @Query(
      "select t from TargetMarket t where t.businessId = ?1 and t.countryCode = ?2"
          + " and t.hsHeading = ?3 and t.state <> id.naikkelas.export.market.MarketState.DROPPED")
  List<TargetMarket> findOpen(long businessId, String country, String heading);

  @Query(
      "select t from TargetMarket t where t.businessId = ?1 and t.countryCode = ?2"
          + " and t.hsHeading = ?3 order by t.id")
  List<TargetMarket> findAllOf(long businessId, String country, String heading);
}
