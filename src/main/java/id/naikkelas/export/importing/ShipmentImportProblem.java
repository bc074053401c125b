package id.naikkelas.export.importing;

import id.naikkelas.platform.sheets.ImportJobTable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One problem of one row: the spreadsheet's row number (header = 1), the column header as the file
 * wrote it, a stable code for machines, and a message key with its arguments for people.
 */
public record ShipmentImportProblem(
    int row, String column, String code, String messageKey, List<String> args)
    implements ImportJobTable.Problem {

  private static final String NUMBER = "#n:";

  static ShipmentImportProblem of(int row, String column, String messageKey, Object... args) {
    String code =
        messageKey
            .replaceFirst("^(export\\.import|export\\.shipment|export|import)\\.", "")
            .replace('.', '_')
            .toUpperCase(Locale.ROOT);
    return new ShipmentImportProblem(
        row,
        column,
        code,
        messageKey,
        Arrays.stream(args == null ? new Object[0] : args)
            .map(ShipmentImportProblem::arg)
            .toList());
  }

  /** Whole numbers are kept marked, so that their message can format them as numbers. */
  private static String arg(Object arg) {
    boolean whole = arg instanceof Integer || arg instanceof Long || arg instanceof Short;
    return whole ? NUMBER + arg : String.valueOf(arg);
  }

  /** The arguments for the message: whole numbers as numbers, so {@code {0,number,#}} formats. */
  public Object[] messageArgs() {
    return args.stream()
        .map(
            a ->
                a != null
                        && a.startsWith(NUMBER)
                        && a.substring(NUMBER.length()).matches("-?\\d{1,18}")
                    ? (Object) Long.valueOf(a.substring(NUMBER.length()))
                    : a)
        .toArray();
  }
}
