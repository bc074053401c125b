package id.naikkelas.registry.importing;

import id.naikkelas.platform.sheets.ImportJobTable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One problem of one row: the spreadsheet's row number (header = 1), the column header, a stable
 * code for machines, and a message key with its arguments for people.
 */
public record ImportProblem(
    int row, String column, String code, String messageKey, List<String> args)
    implements ImportJobTable.Problem {

  static ImportProblem of(int row, String column, String messageKey, Object... args) {
    String code =
        messageKey
            .replaceFirst("^(registry|import)\\.", "")
            .replace('.', '_')
            .toUpperCase(Locale.ROOT);
    return new ImportProblem(
        row, column, code, messageKey, Arrays.stream(args).map(String::valueOf).toList());
  }
}
