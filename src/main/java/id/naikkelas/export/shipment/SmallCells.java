package id.naikkelas.export.shipment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression of public export figures (UU 16/1997 protects respondents): a line backed
 * by fewer than {@link #MIN_EXPORTERS} exporters shows its counts but not its value. When exactly
 * one line is withheld, the next smallest is withheld too, so that the whole less the others does
 * not give it away; when the whole itself has too few exporters, it is withheld as well.
 */
public final class SmallCells {

  public static final int MIN_EXPORTERS = 3;

  private SmallCells() {}

  public static ExportSummary suppress(ExportSummary summary) {
    List<ExportTotal> lines = new ArrayList<>(summary.rows());
    List<Integer> small = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).exporters() < MIN_EXPORTERS) {
        small.add(i);
      }
    }
    if (small.size() == 1 && lines.size() > 1) {
      int alone = small.get(0);
      int next = -1;
      Comparator<ExportTotal> byValue = Comparator.comparing(ExportTotal::valueIdr);
      for (int i = 0; i < lines.size(); i++) {
        if (i != alone && (next < 0 || byValue.compare(lines.get(i), lines.get(next)) < 0)) {
          next = i;
        }
      }
      small.add(next);
    }
    for (int i : small) {
      lines.set(i, lines.get(i).withheld());
    }
    ExportTotal whole = summary.total();
    if (whole.exporters() > 0 && whole.exporters() < MIN_EXPORTERS) {
      whole = whole.withheld();
    }
    return summary.withRows(List.copyOf(lines), whole);
  }
}
