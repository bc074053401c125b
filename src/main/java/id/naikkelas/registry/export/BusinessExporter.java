package id.naikkelas.registry.export;

import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.platform.Sex;
import id.naikkelas.registry.BusinessQuery;
import id.naikkelas.registry.BusinessSearch;
import id.naikkelas.registry.importing.RowConverter;
import id.naikkelas.registry.importing.SheetHeaders;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the filtered registry as XLSX or CSV, in the import's column order so that a file can go
 * back in. Text that a spreadsheet would run as a formula is prefixed with an apostrophe, every
 * cell is written as text, and NIK and phone are masked unless full values were asked for. An owner
 * who lives outside the scope is written with the masked NIK only, whatever was asked (the owner's
 * data follows the owner's address).
 */
@Component
public class BusinessExporter {

  static final int MAX_ROWS = 500_000;
  private static final List<String> EXTRA = List.of("ID", "Status", "Skala Usaha");

  private final BusinessSearch search;
  private final PersonalDataCipher cipher;

  BusinessExporter(BusinessSearch search, PersonalDataCipher cipher) {
    this.search = search;
    this.cipher = cipher;
  }

  /** Writes the file; answers how many businesses it holds. */
  public int write(
      String scope, BusinessQuery query, boolean full, ExportFormat format, OutputStream out) {
    List<String> headers = new ArrayList<>(SheetHeaders.ALL);
    headers.addAll(EXTRA);
    try {
      return format == ExportFormat.CSV
          ? csv(scope, query, full, headers, out)
          : xlsx(scope, query, full, headers, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int csv(
      String scope, BusinessQuery query, boolean full, List<String> headers, OutputStream out)
      throws IOException {
    OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF'); // lets Excel open the file as UTF-8
    CSVPrinter printer =
        new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
    printer.printRecord(headers);
    int[] count = {0};
    search.each(
        scope,
        query,
        rs -> {
          if (count[0]++ < MAX_ROWS) {
            try {
              printer.printRecord(cells(rs, scope, full));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    printer.flush();
    return Math.min(count[0], MAX_ROWS);
  }

  private int xlsx(
      String scope, BusinessQuery query, boolean full, List<String> headers, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
      Sheet sheet = book.createSheet("Data");
      Row head = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        head.createCell(i).setCellValue(headers.get(i));
      }
      int[] count = {0};
      search.each(
          scope,
          query,
          rs -> {
            if (count[0] < MAX_ROWS) {
              Row row = sheet.createRow(++count[0]);
              List<String> cells = cells(rs, scope, full);
              for (int i = 0; i < cells.size(); i++) {
                row.createCell(i).setCellValue(cells.get(i));
              }
            }
          });
      book.write(out);
      return count[0];
    }
  }

  private List<String> cells(ResultSet rs, String scope, boolean full) throws SQLException {
    String[] kbli = (String[]) rs.getArray("kbli_codes").getArray();
    String phoneCipher = rs.getString("phone_cipher");
    boolean shown = RegionScope.covers(scope, rs.getString("owner_village"));
    boolean fullShown = full && shown;
    List<String> cells =
        Arrays.asList(
            fullShown ? cipher.decrypt(rs.getString("nik_cipher")) : rs.getString("nik_masked"),
            shown ? rs.getString("owner_name") : null,
            shown ? Sex.valueOf(rs.getString("sex")).letter() : null,
            !shown
                ? null
                : fullShown && phoneCipher != null
                    ? cipher.decrypt(phoneCipher)
                    : rs.getString("phone_masked"),
            shown ? rs.getString("email") : null,
            rs.getString("name"),
            rs.getString("nib"),
            String.join(",", kbli),
            rs.getString("district_name"),
            rs.getString("village_name"),
            rs.getString("village_code"),
            rs.getString("address"),
            rs.getObject("year_founded") == null ? "" : rs.getString("year_founded"),
            rs.getObject("employees") == null ? "" : rs.getString("employees"),
            plain(rs.getBigDecimal("capital")),
            plain(rs.getBigDecimal("annual_sales")),
            rs.getBoolean("sells_online") ? "Ya" : "Tidak",
            rs.getBoolean("exporter") ? "Ya" : "Tidak",
            rs.getBoolean("ikm") ? "Ya" : "Tidak",
            rs.getString("id"),
            rs.getString("status"),
            rs.getString("size_class"));
    List<String> safe = new ArrayList<>(cells.size());
    for (String cell : cells) {
      safe.add(neutralise(cell));
    }
    return safe;
  }

  /** A cell that starts like a formula gets an apostrophe, so no spreadsheet runs it. */
  static String neutralise(String cell) {
    if (cell == null) {
      return "";
    }
    return RowConverter.startsLikeFormula(cell) ? "'" + cell : cell;
  }

  private static String plain(java.math.BigDecimal amount) {
    return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
  }
}
