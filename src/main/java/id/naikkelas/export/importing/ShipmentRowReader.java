package id.naikkelas.export.importing;

import id.naikkelas.export.shipment.ShipmentForm;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.sheets.SheetCell;
import id.naikkelas.registry.OwnerLookup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns one row of the spreadsheet into a shipment form, with the problems of cells it could not
 * read (a number, a date, a country name, a formula, a business not found) by row and column. The
 * checks of the ledger itself run when the form is recorded.
 */
final class ShipmentRowReader {

  /** A row read: the form (cells that could not be read are left empty) and what was wrong. */
  record Read(
      int row,
      ShipmentForm form,
      List<ShipmentImportProblem> problems,
      String business,
      String businessColumn) {}

  private final Map<ShipmentColumn, Integer> positions;
  private final Map<ShipmentColumn, String> headers;
  private final CountryNames countries;
  private final OwnerLookup owners;

  private ShipmentRowReader(
      Map<ShipmentColumn, Integer> positions,
      Map<ShipmentColumn, String> headers,
      CountryNames countries,
      OwnerLookup owners) {
    this.positions = positions;
    this.headers = headers;
    this.countries = countries;
    this.owners = owners;
  }

  /** The reader of a file with this header row; a missing required column fails the file. */
  static ShipmentRowReader of(List<String> header, CountryNames countries, OwnerLookup owners) {
    Map<ShipmentColumn, Integer> positions = new EnumMap<>(ShipmentColumn.class);
    Map<ShipmentColumn, String> headers = new EnumMap<>(ShipmentColumn.class);
    for (int i = 0; i < header.size(); i++) {
      int position = i;
      String text = header.get(i) == null ? "" : header.get(i).strip();
      ShipmentColumn.ofHeader(text)
          .filter(c -> !positions.containsKey(c))
          .ifPresent(
              c -> {
                positions.put(c, position);
                headers.put(c, text);
              });
    }
    List<String> missing = new ArrayList<>();
    either(positions, ShipmentColumn.NIB, ShipmentColumn.BUSINESS_ID, missing);
    either(positions, ShipmentColumn.DATE, ShipmentColumn.YEAR, missing);
    for (ShipmentColumn required :
        List.of(
            ShipmentColumn.HS_CODE,
            ShipmentColumn.COMMODITY,
            ShipmentColumn.COUNTRY,
            ShipmentColumn.VALUE,
            ShipmentColumn.CURRENCY)) {
      if (!positions.containsKey(required)) {
        missing.add(required.header());
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException("file", "import.header.missing", String.join(", ", missing));
    }
    return new ShipmentRowReader(positions, headers, countries, owners);
  }

  private static void either(
      Map<ShipmentColumn, Integer> positions,
      ShipmentColumn one,
      ShipmentColumn other,
      List<String> missing) {
    if (!positions.containsKey(one) && !positions.containsKey(other)) {
      missing.add(one.header() + " / " + other.header());
    }
  }

  Read read(int row, List<SheetCell> cells) {
    Cells c = new Cells(row, cells);
    Long business = business(c);
    String country =
        c.get(
            ShipmentColumn.COUNTRY,
            cell ->
                CellValues.text(cell)
                    .map(t -> countries.code(t).orElseThrow(() -> new UnknownCountry(t))));
    ShipmentForm form =
        new ShipmentForm(
            business,
            c.get(ShipmentColumn.DATE, CellValues::date),
            c.get(ShipmentColumn.YEAR, CellValues::whole),
            c.get(ShipmentColumn.MONTH, CellValues::month),
            c.get(ShipmentColumn.HS_CODE, CellValues::text),
            c.get(ShipmentColumn.COMMODITY, CellValues::text),
            country,
            c.get(ShipmentColumn.BUYER, CellValues::text),
            c.get(ShipmentColumn.VALUE, CellValues::number),
            c.get(ShipmentColumn.CURRENCY, CellValues::text),
            c.get(ShipmentColumn.RATE, CellValues::number),
            c.get(ShipmentColumn.RATE_DATE, CellValues::date),
            c.get(ShipmentColumn.QUANTITY, CellValues::number),
            c.get(ShipmentColumn.UNIT, CellValues::text),
            c.get(ShipmentColumn.ORIGIN_CERTIFICATE, CellValues::text),
            c.get(ShipmentColumn.PEB, CellValues::text));
    boolean byId =
        c.raw(ShipmentColumn.BUSINESS_ID) != null || !positions.containsKey(ShipmentColumn.NIB);
    String column = header(byId ? ShipmentColumn.BUSINESS_ID : ShipmentColumn.NIB);
    return new Read(row, form, c.problems, c.businessLabel(), column);
  }

  /** The business of the row: by its registry id, else by its NIB. */
  private Long business(Cells c) {
    Long id = c.get(ShipmentColumn.BUSINESS_ID, CellValues::id);
    if (id != null || c.failed(ShipmentColumn.BUSINESS_ID)) {
      return id;
    }
    String nib = c.get(ShipmentColumn.NIB, CellValues::text);
    if (nib == null || c.failed(ShipmentColumn.NIB)) {
      return null;
    }
    String digits = nib.replaceAll("[\\s.]", "");
    Optional<Long> found =
        digits.matches("\\d{13}") ? owners.businessWithNib(digits) : Optional.empty();
    if (found.isEmpty()) {
      c.problem(ShipmentColumn.NIB, "export.import.business.notFound", c.businessLabel());
    }
    return found.orElse(null);
  }

  /** The header a form field's problem is reported on, as the file wrote it. */
  String headerOfField(String field) {
    return switch (field) {
      case "businessId" ->
          header(
              positions.containsKey(ShipmentColumn.BUSINESS_ID)
                  ? ShipmentColumn.BUSINESS_ID
                  : ShipmentColumn.NIB);
      case "year" ->
          header(
              positions.containsKey(ShipmentColumn.YEAR)
                  ? ShipmentColumn.YEAR
                  : ShipmentColumn.DATE);
      case "month" ->
          header(
              positions.containsKey(ShipmentColumn.MONTH)
                  ? ShipmentColumn.MONTH
                  : ShipmentColumn.DATE);
      default -> {
        for (ShipmentColumn column : ShipmentColumn.values()) {
          if (field.equals(column.field())) {
            yield header(column);
          }
        }
        yield field;
      }
    };
  }

  String header(ShipmentColumn column) {
    return headers.getOrDefault(column, column.header());
  }

  /** A country name or code no country answers to. */
  private static final class UnknownCountry extends IllegalArgumentException {
    UnknownCountry(String text) {
      super(text);
    }
  }

  /** The cells of one row, collecting what could not be read. */
  private final class Cells {
    private final int row;
    private final List<SheetCell> cells;
    private final List<ShipmentImportProblem> problems = new ArrayList<>();

    Cells(int row, List<SheetCell> cells) {
      this.row = row;
      this.cells = cells;
    }

    <T> T get(ShipmentColumn column, Function<SheetCell, Optional<T>> reader) {
      Integer position = positions.get(column);
      if (position == null || position >= cells.size() || cells.get(position) == null) {
        return null;
      }
      SheetCell cell = cells.get(position);
      if (cell.formula()) {
        problem(column, "import.cell.formula");
        return null;
      }
      try {
        return reader.apply(cell).orElse(null);
      } catch (UnknownCountry e) {
        problem(column, "export.import.country.unknown", e.getMessage());
      } catch (IllegalArgumentException e) {
        problem(column, key(column), cell.text());
      }
      return null;
    }

    boolean failed(ShipmentColumn column) {
      return problems.stream().anyMatch(p -> p.column().equals(header(column)));
    }

    void problem(ShipmentColumn column, String key, Object... args) {
      problems.add(ShipmentImportProblem.of(row, header(column), key, args));
    }

    /** How the row names its business, for messages: its name and its NIB or id. */
    String businessLabel() {
      String name = raw(ShipmentColumn.BUSINESS_NAME);
      String ref = raw(ShipmentColumn.BUSINESS_ID);
      if (ref == null) {
        ref = raw(ShipmentColumn.NIB);
      }
      String r = ref == null ? "" : ref;
      return name == null ? r : name + (r.isEmpty() ? "" : " (" + r + ")");
    }

    private String raw(ShipmentColumn column) {
      Integer position = positions.get(column);
      if (position == null || position >= cells.size()) {
        return null;
      }
      return CellValues.text(cells.get(position)).orElse(null);
    }
  }

  private static String key(ShipmentColumn column) {
    return switch (column) {
      case DATE, RATE_DATE -> "export.import.cell.date";
      case YEAR, MONTH -> "export.import.cell.whole";
      case BUSINESS_ID -> "export.import.cell.id";
      default -> "export.import.cell.number";
    };
  }
}
