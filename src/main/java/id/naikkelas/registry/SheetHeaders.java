package id.naikkelas.registry;

import java.util.Arrays;
import java.util.List;

/** The import headers in template order. */
final class SheetHeaders {

  static final List<String> ALL =
      Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();

  private SheetHeaders() {}
}
