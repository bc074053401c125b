package id.naikkelas.registry.importing;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.sheets.SheetCell;
import id.naikkelas.region.Region;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.CheckedDraft;
import id.naikkelas.registry.DraftChecker;
import id.naikkelas.registry.DraftText;
import id.naikkelas.registry.OwnerFieldChecker.OwnerFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one spreadsheet row into a checked draft, or into its problems by row and column: cell
 * checks first (numbers that lost digits, formulas, markup, Ya/Tidak), then every domain rule.
 */
public final class RowConverter {

  static final int MAX_CELL = 500;
  private static final Set<ImportColumn> TEXT_COLUMNS =
      Set.of(
          ImportColumn.OWNER_NAME,
          ImportColumn.BUSINESS_NAME,
          ImportColumn.ADDRESS,
          ImportColumn.EMAIL,
          ImportColumn.DISTRICT,
          ImportColumn.VILLAGE);
  private static final Set<ImportColumn> YES_NO =
      Set.of(ImportColumn.ONLINE, ImportColumn.EXPORT, ImportColumn.IKM);
  private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!]");

  /** A converted row: the draft when every check passed, else the problems. */
  record Converted(CheckedDraft draft, List<ImportProblem> problems) {}

  private final Map<ImportColumn, Integer> positions;
  private final DraftChecker checker;
  private final VillageDirectory villages;
  private final Actor uploader;

  RowConverter(
      Map<ImportColumn, Integer> positions,
      DraftChecker checker,
      VillageDirectory villages,
      Actor uploader) {
    this.positions = positions;
    this.checker = checker;
    this.villages = villages;
    this.uploader = uploader;
  }

  Converted convert(int row, List<SheetCell> cells) {
    List<ImportProblem> problems = new ArrayList<>();
    Map<ImportColumn, String> text = new EnumMap<>(ImportColumn.class);
    for (Map.Entry<ImportColumn, Integer> position : positions.entrySet()) {
      ImportColumn column = position.getKey();
      SheetCell cell = position.getValue() < cells.size() ? cells.get(position.getValue()) : null;
      if (cell == null) {
        continue;
      }
      String value = cell.text() == null ? "" : cell.text();
      if (cell.formula()) {
        problems.add(ImportProblem.of(row, column.header(), "import.cell.formula"));
      } else if (cell.numeric() && column.digitsAsText()) {
        problems.add(
            ImportProblem.of(row, column.header(), "import.cell.numeric", column.header()));
      } else if (value.length() > MAX_CELL) {
        problems.add(ImportProblem.of(row, column.header(), "import.cell.tooLong", MAX_CELL));
      } else if (TEXT_COLUMNS.contains(column) && startsLikeFormula(value)) {
        problems.add(ImportProblem.of(row, column.header(), "import.cell.formulaText"));
      } else if (TEXT_COLUMNS.contains(column) && MARKUP.matcher(value).find()) {
        problems.add(ImportProblem.of(row, column.header(), "import.cell.markup"));
      } else {
        text.put(column, value.strip());
      }
    }
    Map<ImportColumn, Boolean> flags = new EnumMap<>(ImportColumn.class);
    for (ImportColumn column : YES_NO) {
      String value = text.getOrDefault(column, "");
      Boolean flag = yesNo(value);
      if (flag == null) {
        problems.add(ImportProblem.of(row, column.header(), "import.cell.yesNo", value));
      }
      flags.put(column, Boolean.TRUE.equals(flag));
    }
    String villageColumn = ImportColumn.VILLAGE_CODE.header();
    String villageCode = text.getOrDefault(ImportColumn.VILLAGE_CODE, "");
    if (villageCode.isEmpty() && !text.getOrDefault(ImportColumn.VILLAGE, "").isEmpty()) {
      villageColumn = ImportColumn.VILLAGE.header();
      List<Region> found =
          villages.byNames(
              text.getOrDefault(ImportColumn.DISTRICT, ""), text.get(ImportColumn.VILLAGE));
      if (found.size() == 1) {
        villageCode = found.get(0).code();
      } else {
        problems.add(
            ImportProblem.of(
                row,
                villageColumn,
                found.isEmpty() ? "import.village.notFound" : "import.village.ambiguous",
                text.get(ImportColumn.VILLAGE),
                text.getOrDefault(ImportColumn.DISTRICT, "")));
      }
    }
    if (!problems.isEmpty()) {
      return new Converted(null, problems);
    }
    BusinessDraft draft =
        new DraftText(
                text.get(ImportColumn.NIK),
                text.get(ImportColumn.OWNER_NAME),
                text.get(ImportColumn.SEX),
                text.get(ImportColumn.PHONE),
                text.get(ImportColumn.EMAIL),
                text.get(ImportColumn.ADDRESS),
                null,
                text.get(ImportColumn.BUSINESS_NAME),
                text.get(ImportColumn.NIB),
                "2020",
                text.get(ImportColumn.KBLI),
                text.get(ImportColumn.CAPITAL),
                text.get(ImportColumn.ANNUAL_SALES),
                text.get(ImportColumn.EMPLOYEES),
                text.get(ImportColumn.YEAR_FOUNDED),
                villageCode,
                text.get(ImportColumn.ADDRESS),
                null,
                flags.get(ImportColumn.ONLINE),
                flags.get(ImportColumn.IKM),
                flags.get(ImportColumn.EXPORT),
                null,
                null,
                null,
                false)
            .read();
    // the owner's village is the business's (no column of its own): always in the scope; an owner
    // already registered is never changed by an import (ImportBatchWriter)
    DraftChecker.Result result =
        checker.check(draft, uploader, villages::byCode, OwnerFields.IN_SCOPE);
    if (result.valid()) {
      return new Converted(result.draft(), List.of());
    }
    for (FieldProblem p : result.problems()) {
      String column =
          "villageCode".equals(p.field()) ? villageColumn : ImportColumn.headerOfField(p.field());
      problems.add(ImportProblem.of(row, column, p.messageKey(), p.args()));
    }
    return new Converted(null, problems);
  }

  /** Text that a spreadsheet would run as a formula when the file is opened again. */
  public static boolean startsLikeFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }

  private static Boolean yesNo(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "ya", "y", "yes", "1", "true" -> Boolean.TRUE;
      case "tidak", "t", "no", "0", "false", "" -> Boolean.FALSE;
      default -> null;
    };
  }
}
