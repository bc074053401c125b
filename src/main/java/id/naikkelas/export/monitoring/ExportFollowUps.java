package id.naikkelas.export.monitoring;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up actions agreed on visits, for the officers of their scope: the open ones by due
 * date (or only those overdue), and their completion, once. Completions are audited.
 */
@Service
public class ExportFollowUps {

  static final String ENTITY = "export-follow-up";
  static final int NOTE_MAX = 500;
  private static final LocalDate NO_LIMIT = LocalDate.of(9999, 12, 31);

  private final FollowUpActionRepository actions;
  private final AuditTrail audit;
  private final Clock clock;

  ExportFollowUps(FollowUpActionRepository actions, AuditTrail audit, Clock clock) {
    this.actions = actions;
    this.audit = audit;
    this.clock = clock;
  }

  /** Open actions of the officer's scope, soonest due first; only overdue ones if asked. */
  @Transactional(readOnly = true)
  public Page<FollowUpView> open(Actor by, boolean overdueOnly, Pageable pageable) {
    String scope = by.officerScope();
    LocalDate today = today();
    return actions
        .open(FollowUpState.OPEN, scope, overdueOnly ? today : NO_LIMIT, pageable)
        .map(a -> a.view(today));
  }

  /** An officer of the action's scope marks it done today; a done action answers 409. */
  @Transactional
  public FollowUpView complete(Actor by, long actionId, String note) {
    by.officerScope();
    FollowUpAction action =
        actions
            .findById(actionId)
            .filter(a -> by.covers(a.villageCode()))
            .orElseThrow(() -> new NotFoundException("exportFollowUp", actionId));
    String checked = VisitChecks.note(note, "note", NOTE_MAX);
    Map<String, Object> before = action.auditSnapshot();
    LocalDate today = today();
    action.complete(by.username(), today, checked);
    action = actions.save(action);
    audit.record(
        AuditAction.UPDATE, ENTITY, actionId, action.villageCode(), before, action.auditSnapshot());
    return action.view(today);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ExporterVisits.WIB));
  }
}
