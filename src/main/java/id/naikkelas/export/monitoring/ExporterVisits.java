package id.naikkelas.export.monitoring;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.registry.BusinessAccess;
import id.naikkelas.registry.OwnerLookup.CatalogueFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits to exporters: an officer (or administrator) whose scope covers the business records one
 * with the follow-up actions agreed; the business's history of visits is read by those officers and
 * by the business's owner. For anyone else the business does not exist (404). Every write is
 * audited.
 */
@Service
public class ExporterVisits {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final String ENTITY = "export-visit";

  private final ExporterVisitRepository visits;
  private final FollowUpActionRepository actions;
  private final BusinessAccess businesses;
  private final AuditTrail audit;
  private final Clock clock;

  ExporterVisits(
      ExporterVisitRepository visits,
      FollowUpActionRepository actions,
      BusinessAccess businesses,
      AuditTrail audit,
      Clock clock) {
    this.visits = visits;
    this.actions = actions;
    this.businesses = businesses;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records a visit and its follow-up actions (each OPEN); officers and administrators only. */
  @Transactional
  public VisitView record(Actor by, long businessId, VisitForm form) {
    by.officerScope();
    CatalogueFacts business = businesses.business(by, businessId);
    LocalDate today = today();
    CheckedVisit checked = VisitChecks.check(form, today);
    ExporterVisit visit =
        visits.save(
            new ExporterVisit(
                checked,
                businessId,
                business.name(),
                business.villageCode(),
                by.username(),
                clock.instant()));
    List<FollowUpAction> saved = new ArrayList<>();
    for (int i = 0; i < checked.actions().size(); i++) {
      FollowUpAction action =
          actions.save(
              new FollowUpAction(
                  visit.id(),
                  businessId,
                  visit.businessName(),
                  visit.villageCode(),
                  i,
                  checked.actions().get(i),
                  clock.instant()));
      saved.add(action);
    }
    Map<String, Object> snapshot = new LinkedHashMap<>(visit.auditSnapshot());
    snapshot.put("actions", saved.stream().map(FollowUpAction::id).toList());
    audit.record(AuditAction.CREATE, ENTITY, visit.id(), visit.villageCode(), null, snapshot);
    for (FollowUpAction action : saved) {
      audit.record(
          AuditAction.CREATE,
          ExportFollowUps.ENTITY,
          action.id(),
          action.villageCode(),
          null,
          action.auditSnapshot());
    }
    return visit.view(saved.stream().map(a -> a.view(today)).toList());
  }

  /** The business's visits, newest first, each with its actions in the order agreed. */
  @Transactional(readOnly = true)
  public List<VisitView> history(Actor by, long businessId) {
    businesses.business(by, businessId);
    List<ExporterVisit> found = visits.history(businessId);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<Long, List<FollowUpView>> byVisit = new LinkedHashMap<>();
    LocalDate today = today();
    for (FollowUpAction a : actions.ofVisits(found.stream().map(ExporterVisit::id).toList())) {
      byVisit.computeIfAbsent(a.visitId(), k -> new ArrayList<>()).add(a.view(today));
    }
    return found.stream().map(v -> v.view(byVisit.getOrDefault(v.id(), List.of()))).toList();
  }

  /** The name of a business an officer may record a visit to (403 for others, 404 outside). */
  @Transactional(readOnly = true)
  public String visitable(Actor by, long businessId) {
    by.officerScope();
    return businesses.business(by, businessId).name();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(WIB));
  }
}
