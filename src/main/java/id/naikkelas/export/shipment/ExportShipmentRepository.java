package id.naikkelas.export.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExportShipmentRepository extends JpaRepository<ExportShipment, Long> {

  /** The same business, date (or year and month), goods, country and value: the same shipment. */
  @Query(
      nativeQuery = true,
      value =
          """
          select id from export_shipment where business_id = :business and hs_code = :hs
            and destination_country = :country and amount = :amount and currency = :currency
            and ship_year = :year
            and shipped_on is not distinct from cast(:shippedOn as date)
            and ship_month is not distinct from cast(:month as smallint)
          order by id""")
  List<Long> findSame(
      long business,
      String hs,
      String country,
      BigDecimal amount,
      String currency,
      short year,
      Short month,
      LocalDate shippedOn);
}
