package id.naikkelas.export.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template of the shipment spreadsheet: the header row in template order and one example row,
 * as XLSX (code columns formatted as text, every cell written as text) or as a UTF-8 CSV with
 * {@code ;} between cells.
 */
final class ShipmentImportTemplate {

  static final List<String> HEADERS =
      Arrays.stream(ShipmentColumn.values()).map(ShipmentColumn::header).toList();

  /** The example row, in the order of {@link ShipmentColumn}. */
  static final List<String> EXAMPLE =
      List.of(
          "9120301234567",
          "",
          "Tenun Ikat Parengan",
          "15/03/2024",
          "",
          "",
          "5208.49",
          "Sarung tenun ikat",
          "Jepang",
          "Yamada Trading Co.",
          "12.500,00",
          "USD",
          "15.650,25",
          "01/03/2024",
          "120",
          "lembar",
          "IJEPA",
          "");

  private ShipmentImportTemplate() {}

  static byte[] xlsx() {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle text = book.createCellStyle();
      text.setDataFormat(book.createDataFormat().getFormat("@"));
      Font font = book.createFont();
      font.setBold(true);
      CellStyle bold = book.createCellStyle();
      bold.setFont(font);
      bold.setDataFormat(text.getDataFormat());
      Sheet data = book.createSheet("Data");
      Row header = data.createRow(0);
      Row example = data.createRow(1);
      ShipmentColumn[] columns = ShipmentColumn.values();
      for (int i = 0; i < columns.length; i++) {
        var cell = header.createCell(i);
        cell.setCellValue(columns[i].header());
        cell.setCellStyle(bold);
        data.setColumnWidth(i, 18 * 256);
        if (columns[i].digitsAsText()) {
          data.setDefaultColumnStyle(i, text);
        }
        var value = example.createCell(i);
        value.setCellValue(EXAMPLE.get(i));
        value.setCellStyle(text);
      }
      data.createFreezePane(0, 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] csv() {
    StringWriter text = new StringWriter();
    try (CSVPrinter out =
        new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
      out.printRecord(HEADERS);
      out.printRecord(EXAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
