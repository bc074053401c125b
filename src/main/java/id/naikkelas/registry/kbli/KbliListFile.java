package id.naikkelas.registry.kbli;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.sheets.SheetCell;
import id.naikkelas.platform.sheets.SheetFormat;
import id.naikkelas.platform.sheets.SheetRowHandler;
import id.naikkelas.registry.kbli.KbliReference.Entry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A KBLI list file (CSV or XLSX, header {@code kode;judul} or {@code code;title}) read whole: every
 * row is checked and one bad row refuses the file.
 */
final class KbliListFile {

  static final int MAX_ENTRIES = 5_000;
  private static final int MAX_PROBLEMS = 50;
  private static final Pattern CODE = Pattern.compile("\\d{5}");

  private KbliListFile() {}

  static List<Entry> read(int version, Path file, String fileName) {
    SheetFormat format = SheetFormat.of(file, fileName);
    List<Entry> entries = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    SheetRowHandler handler =
        new SheetRowHandler() {
          private int codeColumn = -1;
          private int titleColumn = -1;

          @Override
          public void header(List<String> headers) {
            for (int i = 0; i < headers.size(); i++) {
              String h =
                  headers.get(i) == null ? "" : headers.get(i).strip().toLowerCase(Locale.ROOT);
              if (h.equals("kode") || h.equals("code")) {
                codeColumn = i;
              } else if (h.equals("judul") || h.equals("title")) {
                titleColumn = i;
              }
            }
            if (codeColumn < 0 || titleColumn < 0) {
              throw new InvalidInputException("file", "kbli.load.header");
            }
          }

          @Override
          public void row(int rowNumber, List<SheetCell> cells) {
            String code = code(cell(cells, codeColumn));
            String title = text(cell(cells, titleColumn));
            if (code.isEmpty() && title.isEmpty()) {
              return; // an empty line
            }
            if (!CODE.matcher(code).matches()) {
              problems.add(new FieldProblem("file", "kbli.load.badCode", rowNumber, code));
            } else if (!seen.add(code)) {
              problems.add(new FieldProblem("file", "kbli.load.duplicate", rowNumber, code));
            }
            if (title.isEmpty() || title.length() > 400 || startsLikeFormula(title)) {
              problems.add(new FieldProblem("file", "kbli.load.badTitle", rowNumber));
            }
            if (problems.size() >= MAX_PROBLEMS) {
              throw new InvalidInputException(problems);
            }
            entries.add(new Entry(version, code, title));
          }
        };
    format.read(file, MAX_ENTRIES, handler);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (entries.isEmpty()) {
      throw new InvalidInputException("file", "kbli.load.empty");
    }
    return entries;
  }

  private static SheetCell cell(List<SheetCell> cells, int column) {
    return column < cells.size() ? cells.get(column) : null;
  }

  /** A code as typed; a number cell has lost its leading zeros (01111 became 1111): put back. */
  private static String code(SheetCell cell) {
    String text = text(cell);
    if (cell != null && cell.numeric() && text.matches("\\d{1,5}(\\.0+)?")) {
      String digits = text.replaceAll("\\.0+$", "");
      return "0".repeat(5 - digits.length()) + digits;
    }
    return text;
  }

  private static String text(SheetCell cell) {
    return cell == null || cell.text() == null ? "" : cell.text().strip();
  }

  private static boolean startsLikeFormula(String text) {
    return text.startsWith("=") || text.startsWith("@") || text.startsWith("<");
  }
}
