package id.naikkelas.export.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A follow-up action agreed on a visit: what is to be done, who is responsible and by when. It is
 * OPEN until {@link #complete} makes it DONE, once; it is overdue while open after its due date.
 */
@Entity
@Table(name = "export_follow_up")
class FollowUpAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long visitId;
  private int position;
  private long businessId;
  private String businessName;
  private String villageCode;
  private String description;

  @Column(name = "owner_name")
  private String owner;

  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private FollowUpState state = FollowUpState.OPEN;

  private String completedBy;
  private LocalDate completedOn;
  private String completionNote;
  private Instant createdAt;
  @Version private long version;

  protected FollowUpAction() {}

  /** The {@code position}th action agreed on the visit, of the business as the visit kept it. */
  FollowUpAction(
      long visitId,
      long businessId,
      String businessName,
      String villageCode,
      int position,
      CheckedVisit.Action action,
      Instant now) {
    this.visitId = visitId;
    this.position = position;
    this.businessId = businessId;
    this.businessName = businessName;
    this.villageCode = villageCode;
    this.description = action.description();
    this.owner = action.owner();
    this.dueOn = action.dueOn();
    this.createdAt = now;
  }

  /** Done: by whom, on which day, with what result; a completed action refuses it (409). */
  void complete(String by, LocalDate on, String note) {
    if (state != FollowUpState.OPEN) {
      throw new IllegalFollowUpTransition(state, "complete");
    }
    state = FollowUpState.DONE;
    completedBy = by;
    completedOn = on;
    completionNote = note;
  }

  /** Still open and its due date has passed. */
  boolean overdue(LocalDate today) {
    return state == FollowUpState.OPEN && dueOn.isBefore(today);
  }

  FollowUpView view(LocalDate today) {
    return new FollowUpView(
        id,
        visitId,
        businessId,
        businessName,
        description,
        owner,
        dueOn,
        state,
        overdue(today),
        completedBy,
        completedOn,
        completionNote);
  }

  Map<String, Object> auditSnapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("visitId", visitId);
    values.put("businessId", businessId);
    values.put("description", description);
    values.put("owner", owner);
    values.put("dueOn", dueOn.toString());
    values.put("state", state.name());
    values.put("completedOn", completedOn == null ? null : completedOn.toString());
    values.put("completionNote", completionNote);
    return values;
  }

  Long id() {
    return id;
  }

  long visitId() {
    return visitId;
  }

  String villageCode() {
    return villageCode;
  }

  FollowUpState state() {
    return state;
  }
}
