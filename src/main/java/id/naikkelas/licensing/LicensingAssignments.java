package id.naikkelas.licensing;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Officers;
import id.naikkelas.access.Officers.Officer;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on a request: an officer of its scope hands an open request to an officer whose scope
 * covers the request's village (or to nobody), on the row locked for it; a closed request is
 * refused (409). The assignment is queue data, not a step: days waiting do not restart.
 */
@Service
public class LicensingAssignments {

  private final JdbcClient jdbc;
  private final LicensingRequests requests;
  private final Officers officers;
  private final AuditTrail audit;

  LicensingAssignments(
      JdbcClient jdbc, LicensingRequests requests, Officers officers, AuditTrail audit) {
    this.jdbc = jdbc;
    this.requests = requests;
    this.officers = officers;
    this.audit = audit;
  }

  /** Assigns the request to the officer, or to nobody when {@code officerId} is null. */
  @Transactional
  public LicensingRequestView assign(Actor by, long id, Long officerId) {
    RequestAccess.requireOfficer(by);
    RequestStatus status = requests.lockStatus(id);
    LicensingRequestView request = requests.find(by, id);
    if (!status.open()) {
      throw new IllegalTransitionException(status, "assign");
    }
    if (officerId != null && officers.covering(officerId, request.villageCode()).isEmpty()) {
      throw new InvalidInputException("officerId", "licensing.assign.notOfficer");
    }
    jdbc.sql("update licensing_request set assigned_to = ? where id = ?")
        .params(officerId, id)
        .update();
    Map<String, Object> before = new HashMap<>();
    before.put("assignedTo", request.assignedTo() == null ? null : request.assignedTo().id());
    Map<String, Object> after = new HashMap<>();
    after.put("assignedTo", officerId);
    after.put("action", "assign");
    audit.record(AuditAction.UPDATE, "licensing-request", id, request.villageCode(), before, after);
    return requests.find(by, id);
  }

  /** The officers the request may be assigned to. */
  @Transactional(readOnly = true)
  public List<Officer> candidates(Actor by, long id) {
    RequestAccess.requireOfficer(by);
    return officers.covering(requests.find(by, id).villageCode());
  }
}
