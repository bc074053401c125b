package id.naikkelas.export.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExporterVisitRepository extends JpaRepository<ExporterVisit, Long> {

  @Query(
      "select v from ExporterVisit v where v.businessId = :businessId"
          + " order by v.visitedOn desc, v.id desc")
  List<ExporterVisit> history(long businessId);
}
