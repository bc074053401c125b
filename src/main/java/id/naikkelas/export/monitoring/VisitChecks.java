package id.naikkelas.export.monitoring;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a visit form whole: every wrong field is named at once with its index ({@code
 * obstacles[0].category}, {@code actions[1].dueOn}), and nothing is written while one is wrong.
 */
final class VisitChecks {

  static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  static final int MAX_ACTIONS = 20;
  private static final String CATEGORIES =
      Arrays.stream(ObstacleCategory.values()).map(Enum::name).collect(Collectors.joining(", "));

  private VisitChecks() {}

  static CheckedVisit check(VisitForm f, LocalDate today) {
    List<FieldProblem> p = new ArrayList<>();
    LocalDate on = f.visitedOn();
    if (on == null) {
      p.add(new FieldProblem("visitedOn", "field.required"));
    } else if (on.isAfter(today)) {
      p.add(new FieldProblem("visitedOn", "export.visit.future"));
    } else if (on.isBefore(FIRST_DAY)) {
      p.add(new FieldProblem("visitedOn", "export.visit.tooEarly", FIRST_DAY.getYear()));
    }
    String visitors = text(f.visitors(), "visitors", 200, true, p);
    String findings = text(f.findings(), "findings", 4000, true, p);
    List<VisitObstacle> obstacles = new ArrayList<>();
    Set<ObstacleCategory> seen = EnumSet.noneOf(ObstacleCategory.class);
    for (int i = 0; i < f.obstacles().size(); i++) {
      VisitObstacleForm o = f.obstacles().get(i);
      String at = "obstacles[" + i + "]";
      if (o == null) {
        p.add(new FieldProblem(at + ".category", "field.required"));
        continue;
      }
      ObstacleCategory category = null;
      if (FormFields.blank(o.category())) {
        p.add(new FieldProblem(at + ".category", "field.required"));
      } else {
        category = ObstacleCategory.named(o.category().strip());
        if (category == null) {
          p.add(new FieldProblem(at + ".category", "field.choice.oneOf", CATEGORIES));
        } else if (!seen.add(category)) {
          p.add(new FieldProblem(at + ".category", "export.visit.obstacle.twice", category));
        }
      }
      String note = text(o.note(), at + ".note", 500, false, p);
      obstacles.add(new VisitObstacle(category, note));
    }
    if (f.actions().size() > MAX_ACTIONS) {
      p.add(new FieldProblem("actions", "export.visit.actions.tooMany", MAX_ACTIONS));
    }
    List<CheckedVisit.Action> actions = new ArrayList<>();
    for (int i = 0; i < f.actions().size(); i++) {
      FollowUpForm a = f.actions().get(i);
      String at = "actions[" + i + "]";
      if (a == null) {
        p.add(new FieldProblem(at + ".description", "field.required"));
        continue;
      }
      String description = text(a.description(), at + ".description", 500, true, p);
      String owner = text(a.owner(), at + ".owner", 120, true, p);
      if (a.dueOn() == null) {
        p.add(new FieldProblem(at + ".dueOn", "field.required"));
      } else if (on != null && a.dueOn().isBefore(on)) {
        p.add(new FieldProblem(at + ".dueOn", "export.visit.action.beforeVisit"));
      }
      actions.add(new CheckedVisit.Action(description, owner, a.dueOn()));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return new CheckedVisit(on, visitors, findings, obstacles, actions);
  }

  /** An optional note of at most {@code max} characters, stripped; null when blank. */
  static String note(String v, String field, int max) {
    List<FieldProblem> p = new ArrayList<>();
    String t = text(v, field, max, false, p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return t;
  }

  private static String text(
      String v, String field, int max, boolean required, List<FieldProblem> p) {
    if (FormFields.blank(v)) {
      if (required) {
        p.add(new FieldProblem(field, "field.required"));
      }
      return null;
    }
    String t = v.strip();
    if (t.length() > max) {
      p.add(new FieldProblem(field, "field.tooLong", max));
    }
    return t;
  }
}
