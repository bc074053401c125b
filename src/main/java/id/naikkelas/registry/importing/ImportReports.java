package id.naikkelas.registry.importing;

import id.naikkelas.platform.sheets.SheetCell;
import id.naikkelas.platform.sheets.SheetFormat;
import id.naikkelas.platform.sheets.SheetRowHandler;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The spreadsheets of the import: the template to fill in, and the report that returns the uploaded
 * rows with their problems. Every cell is written as text, never as a formula.
 */
@Component
class ImportReports {

  private final Regions regions;
  private final MessageSource messages;

  ImportReports(Regions regions, MessageSource messages) {
    this.regions = regions;
    this.messages = messages;
  }

  byte[] template(String scope, Locale locale) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle text = book.createCellStyle();
      text.setDataFormat(book.createDataFormat().getFormat("@"));
      CellStyle bold = boldStyle(book);
      Sheet data = book.createSheet("Data");
      Row header = data.createRow(0);
      ImportColumn[] columns = ImportColumn.values();
      for (int i = 0; i < columns.length; i++) {
        var cell = header.createCell(i);
        cell.setCellValue(columns[i].header());
        cell.setCellStyle(bold);
        data.setColumnWidth(i, 18 * 256);
        if (columns[i].digitsAsText()) {
          data.setDefaultColumnStyle(i, text);
        }
      }
      data.createFreezePane(0, 1);

      Sheet help = book.createSheet(text("import.template.instructionsSheet", locale));
      for (int i = 1; i <= 9; i++) {
        help.createRow(i - 1)
            .createCell(0)
            .setCellValue(text("import.template.instruction." + i, locale));
      }
      help.setColumnWidth(0, 120 * 256);

      Sheet villages = book.createSheet(text("import.template.villagesSheet", locale));
      Row titles = villages.createRow(0);
      String[] names = {
        ImportColumn.DISTRICT.header(),
        ImportColumn.VILLAGE.header(),
        ImportColumn.VILLAGE_CODE.header()
      };
      for (int i = 0; i < names.length; i++) {
        titles.createCell(i).setCellValue(names[i]);
        titles.getCell(i).setCellStyle(bold);
        villages.setColumnWidth(i, 24 * 256);
      }
      Map<String, String> districts = new HashMap<>();
      regions.within(scope, RegionLevel.DISTRICT).forEach(d -> districts.put(d.code(), d.name()));
      regions
          .find(scope)
          .filter(r -> r.level() == RegionLevel.DISTRICT)
          .ifPresent(d -> districts.put(d.code(), d.name()));
      List<Region> list = new ArrayList<>(regions.within(scope, RegionLevel.VILLAGE));
      int r = 1;
      for (Region village : list) {
        Row row = villages.createRow(r++);
        row.createCell(0).setCellValue(districts.getOrDefault(village.parentCode(), ""));
        row.createCell(1).setCellValue(village.name());
        row.createCell(2).setCellValue(village.code());
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] annotated(ImportStatus status, Path upload, List<ImportProblem> problems, Locale locale) {
    Map<Integer, List<ImportProblem>> byRow = new HashMap<>();
    problems.forEach(p -> byRow.computeIfAbsent(p.row(), k -> new ArrayList<>()).add(p));
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      CellStyle bold = boldStyle(book);
      CellStyle bad = book.createCellStyle();
      bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
      bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);

      Sheet list = book.createSheet(text("import.report.problemsSheet", locale));
      String[] titles = {
        text("import.report.row", locale), text("import.report.column", locale),
        text("import.report.code", locale), text("import.report.message", locale)
      };
      Row head = list.createRow(0);
      for (int i = 0; i < titles.length; i++) {
        head.createCell(i).setCellValue(titles[i]);
        head.getCell(i).setCellStyle(bold);
      }
      int r = 1;
      for (ImportProblem p : problems) {
        Row row = list.createRow(r++);
        row.createCell(0).setCellValue(p.row());
        row.createCell(1).setCellValue(p.column());
        row.createCell(2).setCellValue(p.code());
        row.createCell(3).setCellValue(message(p, locale));
      }
      list.setColumnWidth(3, 90 * 256);

      if (upload != null) {
        Sheet data = book.createSheet("Data");
        SheetRowHandler copier = new AnnotatingCopier(data, byRow, bold, bad, locale);
        SheetFormat.valueOf(status.format()).read(upload, Integer.MAX_VALUE - 1, copier);
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the uploaded rows, marks the cells with problems and adds a column that says them. */
  private final class AnnotatingCopier implements SheetRowHandler {
    private final Sheet sheet;
    private final Map<Integer, List<ImportProblem>> byRow;
    private final CellStyle bold;
    private final CellStyle bad;
    private final Locale locale;
    private List<String> headers = List.of();

    AnnotatingCopier(
        Sheet sheet,
        Map<Integer, List<ImportProblem>> byRow,
        CellStyle bold,
        CellStyle bad,
        Locale locale) {
      this.sheet = sheet;
      this.byRow = byRow;
      this.bold = bold;
      this.bad = bad;
      this.locale = locale;
    }

    @Override
    public void header(List<String> headers) {
      this.headers = headers;
      Row row = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        row.createCell(i).setCellValue(headers.get(i));
        row.getCell(i).setCellStyle(bold);
      }
      row.createCell(headers.size()).setCellValue(text("import.report.problemsColumn", locale));
      row.getCell(headers.size()).setCellStyle(bold);
    }

    @Override
    public void row(int rowNumber, List<SheetCell> cells) {
      Row row = sheet.createRow(rowNumber - 1);
      List<ImportProblem> problems = byRow.getOrDefault(rowNumber, List.of());
      for (int i = 0; i < cells.size(); i++) {
        SheetCell cell = cells.get(i);
        var out = row.createCell(i);
        out.setCellValue(cell == null || cell.text() == null ? "" : cell.text());
        String header = i < headers.size() ? headers.get(i) : "";
        if (problems.stream()
            .anyMatch(
                p -> ImportColumn.normalise(p.column()).equals(ImportColumn.normalise(header)))) {
          out.setCellStyle(bad);
        }
      }
      if (!problems.isEmpty()) {
        row.createCell(headers.size())
            .setCellValue(
                String.join(
                    "; ",
                    problems.stream().map(p -> p.column() + ": " + message(p, locale)).toList()));
      }
    }
  }

  String message(ImportProblem p, Locale locale) {
    return messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale);
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  private static CellStyle boldStyle(Workbook book) {
    Font font = book.createFont();
    font.setBold(true);
    CellStyle style = book.createCellStyle();
    style.setFont(font);
    return style;
  }

  private static byte[] bytes(Workbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }
}
