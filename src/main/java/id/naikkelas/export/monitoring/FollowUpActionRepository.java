package id.naikkelas.export.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpActionRepository extends JpaRepository<FollowUpAction, Long> {

  @Query("select a from FollowUpAction a where a.visitId in :visits order by a.visitId, a.position")
  List<FollowUpAction> ofVisits(Collection<Long> visits);

  /** Open actions of the scope due before the day given, soonest first. */
  @Query(
      value =
          "select a from FollowUpAction a where a.state = :open and a.dueOn < :dueBefore"
              + " and (a.villageCode = :scope or a.villageCode like concat(:scope, '.%'))"
              + " order by a.dueOn, a.id",
      countQuery =
          "select count(a) from FollowUpAction a where a.state = :open and a.dueOn < :dueBefore"
              + " and (a.villageCode = :scope or a.villageCode like concat(:scope, '.%'))")
  Page<FollowUpAction> open(
      FollowUpState open, String scope, LocalDate dueBefore, Pageable pageable);
}
