package id.naikkelas.registry.importing;

import java.util.Arrays;
import java.util.List;

/** The import headers in template order. */
public final class SheetHeaders {

  public static final List<String> ALL =
      Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();

  private SheetHeaders() {}
}
