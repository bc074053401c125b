package id.naikkelas.platform.sheets;

import java.util.List;

/** Receives a file's rows in order; numbers are the spreadsheet's (the header is row 1). */
public interface SheetRowHandler {

  void header(List<String> headers);

  /** A data row; cells by column position, null where the row has no cell. */
  void row(int rowNumber, List<SheetCell> cells);
}
