package id.naikkelas.licensing;

import id.naikkelas.platform.FieldProblem;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Nice classification a trademark is filed in: classes 1–34 are goods, 35–45 services. One
 * application is either for goods ({@code DID…}) or for services ({@code JID…}).
 */
public final class NiceClasses {

  public static final int FIRST_SERVICE_CLASS = 35;
  public static final int LAST_CLASS = 45;

  private NiceClasses() {}

  /** The classes sorted, or the problem: none, one outside 1–45, or goods mixed with services. */
  public static SortedSet<Integer> check(List<Integer> classes, List<FieldProblem> problems) {
    SortedSet<Integer> sorted = new TreeSet<>();
    if (classes == null || classes.isEmpty()) {
      problems.add(new FieldProblem("niceClasses", "field.required"));
      return sorted;
    }
    for (Integer c : classes) {
      if (c == null || c < 1 || c > LAST_CLASS) {
        problems.add(new FieldProblem("niceClasses", "licensing.nice.range", LAST_CLASS));
        return new TreeSet<>();
      }
      sorted.add(c);
    }
    if (isServices(sorted.first()) != isServices(sorted.last())) {
      problems.add(new FieldProblem("niceClasses", "licensing.nice.mixed", FIRST_SERVICE_CLASS));
      return new TreeSet<>();
    }
    return sorted;
  }

  public static boolean isServices(int niceClass) {
    return niceClass >= FIRST_SERVICE_CLASS;
  }
}
