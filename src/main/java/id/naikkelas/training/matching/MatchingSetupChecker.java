package id.naikkelas.training.matching;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Checks the organiser's {@link MatchingSetup}: a day, a first slot, and numbers in range. */
final class MatchingSetupChecker {

  private MatchingSetupChecker() {}

  static void check(MatchingSetup s) {
    List<FieldProblem> p = new ArrayList<>();
    if (s.day() == null) {
      p.add(new FieldProblem("day", "training.date.invalid"));
    }
    if (s.firstSlot() == null) {
      p.add(new FieldProblem("firstSlot", "matching.time.invalid"));
    }
    range(s.slotMinutes(), "slotMinutes", 5, 240, p);
    range(s.slots(), "slots", 1, 100, p);
    range(s.tables(), "tables", 1, 500, p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
  }

  private static void range(Integer v, String field, int min, int max, List<FieldProblem> p) {
    if (v == null || v < min || v > max) {
      p.add(new FieldProblem(field, "training.number.range", min, max));
    }
  }
}
