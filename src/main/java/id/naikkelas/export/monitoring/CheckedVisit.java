package id.naikkelas.export.monitoring;

import java.time.LocalDate;
import java.util.List;

/** A visit form that passed every check: texts stripped, obstacle categories known. */
record CheckedVisit(
    LocalDate visitedOn,
    String visitors,
    String findings,
    List<VisitObstacle> obstacles,
    List<Action> actions) {

  record Action(String description, String owner, LocalDate dueOn) {}
}
