package id.naikkelas.export.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An obstacle a visit found, kept with the visit. */
@Embeddable
class VisitObstacle {

  @Enumerated(EnumType.STRING)
  @Column(name = "category")
  private ObstacleCategory category;

  @Column(name = "note")
  private String note;

  protected VisitObstacle() {}

  VisitObstacle(ObstacleCategory category, String note) {
    this.category = category;
    this.note = note;
  }

  ObstacleCategory category() {
    return category;
  }

  String note() {
    return note;
  }

  VisitObstacleView view() {
    return new VisitObstacleView(category, note);
  }
}
