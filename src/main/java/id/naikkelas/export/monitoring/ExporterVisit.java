package id.naikkelas.export.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A visit to an exporter: the day, who went, what they found and the obstacles by category. The
 * business's name and village are kept as they were on the day; the follow-up actions agreed are
 * aggregates of their own ({@link FollowUpAction}) that refer to the visit by its id.
 */
@Entity
@Table(name = "export_visit")
class ExporterVisit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long businessId;
  private String businessName;
  private String villageCode;
  private LocalDate visitedOn;
  private String visitors;
  private String findings;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "export_visit_obstacle", joinColumns = @JoinColumn(name = "visit_id"))
  @OrderColumn(name = "position")
  private List<VisitObstacle> obstacles = new ArrayList<>();

  private String recordedBy;
  private Instant createdAt;

  protected ExporterVisit() {}

  ExporterVisit(
      CheckedVisit v,
      long businessId,
      String businessName,
      String villageCode,
      String by,
      Instant now) {
    this.businessId = businessId;
    this.businessName = businessName;
    this.villageCode = villageCode;
    this.visitedOn = v.visitedOn();
    this.visitors = v.visitors();
    this.findings = v.findings();
    this.obstacles = new ArrayList<>(v.obstacles());
    this.recordedBy = by;
    this.createdAt = now;
  }

  VisitView view(List<FollowUpView> actions) {
    return new VisitView(
        id,
        businessId,
        businessName,
        villageCode,
        visitedOn,
        visitors,
        findings,
        obstacles.stream().map(VisitObstacle::view).toList(),
        actions,
        recordedBy,
        createdAt);
  }

  Map<String, Object> auditSnapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("businessId", businessId);
    values.put("visitedOn", visitedOn.toString());
    values.put("visitors", visitors);
    values.put("obstacles", obstacles.stream().map(o -> o.category().name()).toList());
    return values;
  }

  Long id() {
    return id;
  }

  String businessName() {
    return businessName;
  }

  String villageCode() {
    return villageCode;
  }
}
