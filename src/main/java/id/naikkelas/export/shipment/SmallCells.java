package id.naikkelas.export.shipment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression of public export figures (UU 16/1997 protects respondents): a value that
 * one or two exporters stand behind is withheld — a line's value with its counts kept, its verified
 * value on its own count of verified exporters, last year's value and the change on last year's
 * count. When the withheld lines together stand for fewer than {@link #MIN_EXPORTERS} exporters,
 * the next smallest lines are withheld too, so that the whole less the others does not give them
 * away; the whole itself follows the same rules.
 */
public final class SmallCells {

  public static final int MIN_EXPORTERS = 3;

  private SmallCells() {}

  public static ExportSummary suppress(ExportSummary summary) {
    List<ExportTotal> lines = new ArrayList<>();
    for (ExportTotal line : summary.rows()) {
      lines.add(small(line.exporters()) ? line.withheld() : line);
    }
    long hidden = lines.stream().filter(ExportTotal::suppressed).count();
    long behind =
        lines.stream().filter(ExportTotal::suppressed).mapToLong(ExportTotal::exporters).sum();
    while (hidden > 0 && behind < MIN_EXPORTERS && hidden < lines.size()) {
      int next = smallestShown(lines);
      behind += lines.get(next).exporters();
      lines.set(next, lines.get(next).withheld());
      hidden++;
    }
    lines.replaceAll(SmallCells::partly);
    ExportTotal whole = summary.total();
    whole = partly(small(whole.exporters()) ? whole.withheld() : whole);
    return summary.withRows(List.copyOf(lines), whole);
  }

  /** The verified and last year's values of a shown line, each on its own count. */
  private static ExportTotal partly(ExportTotal line) {
    ExportTotal out = line;
    if (small(out.verifiedExporters())) {
      out = out.withoutVerified();
    }
    if (small(out.previousYearExporters())) {
      out = out.withoutLastYear();
    }
    return out;
  }

  private static int smallestShown(List<ExportTotal> lines) {
    Comparator<ExportTotal> byValue = Comparator.comparing(ExportTotal::valueIdr);
    int next = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).suppressed()
          && (next < 0 || byValue.compare(lines.get(i), lines.get(next)) < 0)) {
        next = i;
      }
    }
    return next;
  }

  /** One or two: none is no one's figure, three or more may be shown. */
  private static boolean small(long exporters) {
    return exporters > 0 && exporters < MIN_EXPORTERS;
  }
}
