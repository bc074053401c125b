package id.naikkelas.export.market;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentDraftRepository extends JpaRepository<ShipmentDraft, Long> {

  List<ShipmentDraft> findByBusinessIdAndStateOrderByIdDesc(long businessId, DraftState state);

  boolean existsByInquiryId(long inquiryId);
}
